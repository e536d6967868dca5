// What the notice benchmarks share: a local cloud running the built functions, with the two staff
// who approve a notice, `count` subscribers to road closures, and a closure notice approved.
import { DEMO_CONFIDENTIALITY } from '../scripts/demo/demo-confidentiality';
import { PRODUCT_DATABASE } from '#types/models/product-database';
import { NOTICE_PREFS_COLLECTION } from '#types/models/notice';
import { STAFF_COLLECTION } from '#types/models/staff';
import type { Result } from '#types/result';
import { type Emulator, startEmulator } from '../emulator';
import type { Doc } from '../emulator/store/ejson';
import { FUNCTIONS_BUILD, buildCloudFunctions } from '../scripts/build-cloud';

export const subscriberId = (i: number): string => `o-sub-${String(i).padStart(6, '0')}`;

/** Starts the local cloud with `count` subscribers and one approved closure notice; returns the notice id. */
export async function noticeToSubscribers(count: number): Promise<{ emulator: Emulator; noticeId: string }> {
  await buildCloudFunctions();
  const emulator = await startEmulator({ functionsDir: FUNCTIONS_BUILD, ...PRODUCT_DATABASE });
  const at = emulator.clock.now();
  emulator.store.apply(
    (['editor', 'reviewer'] as const).map((role) => ({ kind: 'put' as const, collection: STAFF_COLLECTION, id: `o-local-${role}`, doc: { _id: `o-local-${role}`, name: role, roles: [role], createdAt: at, updatedAt: at } })),
  );
  emulator.store.apply(
    Array.from({ length: count }, (_, i) => {
      const id = subscriberId(i);
      const doc = { _id: id, topics: ['closure'], areas: [], townships: [], allAreas: true, mode: 'immediate', consents: { notice: { type: 'long', accepted: true, remaining: 0, at } }, updatedAt: at };
      return { kind: 'put' as const, collection: NOTICE_PREFS_COLLECTION, id, doc: doc as unknown as Doc };
    }),
  );
  const staff = async <T>(action: string, payload: object, as: string): Promise<T> => {
    const res = (await emulator.call('staff', { action, payload }, as)) as Result<T>;
    if (!res.ok) throw new Error(`${action}: ${res.message}`);
    return res.data;
  };
  const content = { kind: 'closure', title: 'S205清溪段半幅封闭施工', body: '12月1日起半幅封闭，请绕行X012线。', township: null, village: null, validFrom: '2026-12-01', validTo: null, related: null, audience: 'topic', sendAt: null };
  const draft = await staff<{ targetId: string }>('saveDraft', { revisionId: 'bench-notice', kind: 'notice', targetId: null, content, changeNote: '' }, 'editor');
  await staff('submitRevision', { revisionId: 'bench-notice' }, 'editor');
  await staff('reviewRevision', { revisionId: 'bench-notice', decision: 'approve', note: '', confidentiality: DEMO_CONFIDENTIALITY }, 'reviewer');
  return { emulator, noticeId: draft.targetId };
}

/** A run that found nothing to do: the send is over. */
export const runWasIdle = (s: { rateLimited: boolean; sent: number; refused: number; failed: number; started: number; targeted: number }): boolean =>
  !s.rateLimited && s.sent + s.refused + s.failed + s.started + s.targeted === 0;

/** Fires the jobs function's timer as the platform does, triggered at `at`. */
export async function fireJobs<T>(emulator: Emulator, at: Date): Promise<T> {
  const event = { Type: 'Timer', TriggerName: 'every-minute', Time: at.toISOString(), Message: '' };
  const res = (await emulator.runner.invoke('jobs', event, { SOURCE: 'wx_trigger' })) as Result<T>;
  if (!res.ok) throw new Error(res.message);
  return res.data;
}

/** Messages the platform accepted, and how many of them were a second (third, ...) one to the same person. */
export function acceptedMessages(emulator: Emulator): { messages: number; people: number; duplicates: number } {
  const sends = emulator.openapi.outbox.filter((e) => e.api === 'subscribeMessage.send' && e.errcode === 0);
  const people = new Set(sends.map((e) => String(e.params.touser))).size;
  return { messages: sends.length, people, duplicates: sends.length - people };
}
