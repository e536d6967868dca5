// Notices: one notice to 50,000 subscribers through the jobs function's timer runs on the emulator,
// with 5 % of people refusing (43101) and one burst of rate limiting (45009) injected.
import { COLLECTIONS } from '#types/models/collections';
import { DELIVERY_COLLECTION, NOTICE_PREFS_COLLECTION, type DeliveryDoc } from '#types/models/notice';
import { STAFF_COLLECTION } from '#types/models/staff';
import type { Result } from '#types/result';
import type { RunSummary } from '../cloudfunctions/jobs/run-state';
import { startEmulator } from '../emulator';
import type { Doc } from '../emulator/store/ejson';
import { FUNCTIONS_BUILD, buildCloudFunctions } from '../scripts/build-cloud';

const SUBSCRIBERS = 50_000;
const REFUSE_EVERY = 20; // 5 %
const BURST = 30;

export interface NoticeBench {
  subscribers: number;
  runs: number;
  rateLimitedRuns: number;
  totalSeconds: number;
  messagesPerSecond: number;
  peakHeapMb: number;
  sent: number;
  refused: number;
  duplicates: number;
  longestRunSeconds: number;
}

export async function noticeBench(): Promise<NoticeBench> {
  await buildCloudFunctions();
  const emulator = await startEmulator({ functionsDir: FUNCTIONS_BUILD, collections: COLLECTIONS });
  try {
    const at = new Date();
    emulator.store.apply(
      (['editor', 'reviewer'] as const).map((role) => ({ kind: 'put' as const, collection: STAFF_COLLECTION, id: `o-local-${role}`, doc: { _id: `o-local-${role}`, name: role, roles: [role], createdAt: at, updatedAt: at } })),
    );
    emulator.store.apply(
      Array.from({ length: SUBSCRIBERS }, (_, i) => {
        const id = `o-sub-${String(i).padStart(6, '0')}`;
        const doc = { _id: id, topics: ['closure'], areas: [], townships: [], allAreas: true, mode: 'immediate', consents: { notice: { type: 'long', accepted: true, remaining: 0, at } }, updatedAt: at };
        return { kind: 'put' as const, collection: NOTICE_PREFS_COLLECTION, id, doc: doc as unknown as Doc };
      }),
    );
    emulator.openapi.failWhen('subscribeMessage.send', 43101, (p) => Number(String(p.touser).slice(-6)) % REFUSE_EVERY === 0);
    const staff = async (action: string, payload: object, as: string): Promise<void> => {
      const res = (await emulator.call('staff', { action, payload }, as)) as Result<unknown>;
      if (!res.ok) throw new Error(`${action}: ${res.message}`);
    };
    const content = { kind: 'closure', title: 'S205清溪段半幅封闭施工', body: '12月1日起半幅封闭，请绕行X012线。', township: null, village: null, validFrom: '2026-12-01', validTo: null, related: null, audience: 'topic', sendAt: null };
    await staff('saveDraft', { revisionId: 'bench-notice', kind: 'notice', targetId: null, content, changeNote: '' }, 'editor');
    await staff('submitRevision', { revisionId: 'bench-notice' }, 'editor');
    await staff('reviewRevision', { revisionId: 'bench-notice', decision: 'approve', note: '' }, 'reviewer');

    const summaries: RunSummary[] = [];
    const durations: number[] = [];
    const start = Date.now();
    for (let run = 0; run < 100; run++) {
      if (run === 1) emulator.openapi.failNext('subscribeMessage.send', 45009, BURST);
      const runStart = Date.now();
      const event = { Type: 'Timer', TriggerName: 'every-minute', Time: new Date().toISOString(), Message: '' };
      const res = (await emulator.runner.invoke('jobs', event, { SOURCE: 'wx_trigger' })) as Result<RunSummary>;
      if (!res.ok) throw new Error(res.message);
      durations.push((Date.now() - runStart) / 1000);
      summaries.push(res.data);
      const s = res.data;
      if (!s.rateLimited && s.sent + s.refused + s.failed + s.started + s.targeted === 0) break;
    }
    const totalSeconds = (Date.now() - start) / 1000;
    const sends = emulator.openapi.outbox.filter((e) => e.api === 'subscribeMessage.send' && e.errcode === 0);
    const people = new Set(sends.map((e) => String(e.params.touser)));
    const records = [...(emulator.store.documents(DELIVERY_COLLECTION)?.values() ?? [])].map((r) => r.doc as unknown as DeliveryDoc);
    const sent = records.filter((d) => d.status === 'sent').length;
    return {
      subscribers: SUBSCRIBERS,
      runs: summaries.length,
      rateLimitedRuns: summaries.filter((s) => s.rateLimited).length,
      totalSeconds,
      messagesPerSecond: sent / totalSeconds,
      peakHeapMb: Math.max(...summaries.map((s) => s.peakHeapMb)),
      sent,
      refused: records.filter((d) => d.status === 'refused').length,
      duplicates: sends.length - people.size,
      longestRunSeconds: Math.max(...durations),
    };
  } finally {
    await emulator.stop();
  }
}

if (require.main === module) {
  noticeBench().then((r) => console.log(r), (e: unknown) => { console.error(e); process.exit(1); });
}
