// The freshness monitor at county scale: 10,000 published items (projects, policies with attachments,
// guides, notices, each with its published revision) and 50,000 cases, checked by the jobs timer
// through the real SDK on the local cloud; then the staff page's first payload.
import { PRODUCT_DATABASE } from '#types/models/product-database';
import { CASE_COLLECTION } from '#types/models/case';
import { FRESHNESS_COLLECTION } from '#types/models/freshness';
import { NOTICE_COLLECTION } from '#types/models/notice';
import { POLICY_COLLECTION } from '#types/models/policy';
import { PROJECT_COLLECTION } from '#types/models/project';
import { REVISION_COLLECTION } from '#types/models/revision';
import { SERVICE_COLLECTION } from '#types/models/service';
import { STAFF_COLLECTION } from '#types/models/staff';
import { startEmulator } from '../emulator';
import type { Doc } from '../emulator/store/ejson';
import { FUNCTIONS_BUILD, buildCloudFunctions } from '../scripts/build-cloud';
import { percentile, timeMany } from './measure';

const ITEMS = { project: 2_000, policy: 4_000, service: 2_000, notice: 2_000 };
const CASES = 50_000;
const DAY = 86_400_000;
export const NOW = new Date('2026-10-09T10:00:00+08:00');

export interface FreshnessFigures {
  items: number;
  cases: number;
  jobsRunMs: number;
  checkMs: number;
  rows: number;
  health: number;
  casesRead: number;
  payloadBytes: number;
  adminPayloadBytes: number;
  pageP50: number;
  pageP95: number;
  phases: Record<string, number>;
}

export type Put = { kind: 'put'; collection: string; id: string; doc: Doc };
export const put = (collection: string, doc: { _id: string }): Put => ({ kind: 'put', collection, id: doc._id, doc: doc as unknown as Doc });
const ago = (days: number): Date => new Date(NOW.getTime() - days * DAY);
const editors = ['o-local-editor', 'o-local-reviewer', 'o-local-admin'];

export function seed(): Put[] {
  const puts: Put[] = [];
  const published = (kind: string, id: string, i: number, at: Date): void => {
    puts.push(put(REVISION_COLLECTION, { _id: `rev-${id}`, kind, targetId: id, baseVersion: 0, content: {}, changeNote: '', status: 'published', authorId: editors[i % 3] as string, reviewerId: 'o-local-admin', reviewNote: null, createdAt: at, updatedAt: at, submittedAt: at, decidedAt: at } as { _id: string }));
  };
  const meta = (at: Date) => ({ version: 1, publishedAt: at, updatedAt: at, lifecycle: 'published', lifecycleNote: null, votes: { helpful: 0, unhelpful: 0 } });
  for (let i = 0; i < ITEMS.project; i++) {
    const at = ago(i % 60);
    const id = `project-${i}`;
    puts.push(put(PROJECT_COLLECTION, { _id: id, name: `基准项目${i}`, type: 'rural_road', township: '城关镇', status: i % 2 ? 'under_construction' : 'completed', lastUpdateAt: at, percent: 50, milestones: [], investment: [], ...meta(at),
      disclosures: [{ category: 'bidding', title: '中标结果', formedAt: ago(i % 40), disclosedAt: i % 4 ? ago(1) : null, fileId: null }] } as { _id: string }));
    published('project', id, i, at);
  }
  for (let i = 0; i < ITEMS.policy; i++) {
    const at = ago(i % 400);
    const id = `policy-${i}`;
    puts.push(put(POLICY_COLLECTION, { _id: id, title: `基准政策${i}`, docNumber: `清交〔2026〕${i}号`, status: 'in_force', issuedAt: at, year: 2026, expiresAt: i % 10 ? null : ago(200 - (i % 400)), supersededBy: null,
      attachments: i % 2 ? [] : [{ name: '全文.pdf', fileId: `cloud://local.bench/staff/o-local-editor/policy-${i}.pdf` }],
      body: [{ kind: 'paragraph', text: '第一条 为了加强农村公路养护管理，制定本办法。'.repeat(20) }], ...meta(at) } as { _id: string }));
    published('policy', id, i, at);
  }
  for (let i = 0; i < ITEMS.service; i++) {
    const at = ago(i % 380);
    const id = `service-${i}`;
    puts.push(put(SERVICE_COLLECTION, { _id: id, name: `基准指南${i}`, basisPolicyIds: [`policy-${(i * 7) % ITEMS.policy}`], ...meta(at) } as { _id: string }));
    published('service', id, i, at);
  }
  for (let i = 0; i < ITEMS.notice; i++) {
    const at = ago(i % 90);
    const id = `notice-${i}`;
    puts.push(put(NOTICE_COLLECTION, { _id: id, title: `基准通知${i}`, validTo: i % 3 ? null : ago((i % 90) - 20), ...meta(at) } as { _id: string }));
    published('notice', id, i, at);
  }
  for (let i = 0; i < CASES; i++) {
    const at = ago(i % 365);
    puts.push(put(CASE_COLLECTION, { _id: `case-${i}`, trackingNo: `20260101-B${i}`, openid: `o-${i % 500}`, category: 'question', text: '基准测试问题', phone: null, related: null,
      status: (['received', 'assigned', 'replied', 'closed', 'closed'] as const)[i % 5], events: [], reply: null, held: false, createdAt: at, dueAt: new Date(at.getTime() + 7 * DAY), updatedAt: at,
      assignee: i % 5 === 1 ? { openid: 'o-local-reviewer', name: 'reviewer' } : null } as { _id: string }));
  }
  for (const [openid, role] of [['o-local-editor', 'editor'], ['o-local-reviewer', 'reviewer'], ['o-local-admin', 'admin']]) {
    puts.push(put(STAFF_COLLECTION, { _id: openid as string, name: role, roles: [role], createdAt: NOW, updatedAt: NOW } as { _id: string }));
  }
  return puts;
}

export async function freshnessBench(): Promise<FreshnessFigures> {
  await buildCloudFunctions();
  const emulator = await startEmulator({ functionsDir: FUNCTIONS_BUILD, ...PRODUCT_DATABASE });
  try {
    emulator.store.apply(seed());
    emulator.clock.set(NOW.toISOString());
    const started = Date.now();
    const run = (await emulator.runner.invoke('jobs', { Type: 'Timer', Time: NOW.toISOString() }, { SOURCE: 'wx_trigger' })) as { ok: boolean; message?: string };
    const jobsRunMs = Date.now() - started;
    if (!run.ok) throw new Error(`jobs: ${run.message}`);
    const report = emulator.store.get(FRESHNESS_COLLECTION, 'report')?.doc as unknown as { tookMs: number; phases: Record<string, number>; scanned: { cases: number }; rows: unknown[]; truncated: number; health: unknown[] } | undefined;
    if (!report) throw new Error('the check wrote no report (out of budget?)');
    const page = async (as: string): Promise<number> => {
      const res = (await emulator.call('staff', { action: 'getFreshness', payload: {} }, as)) as { ok: boolean };
      if (!res.ok) throw new Error(JSON.stringify(res).slice(0, 200));
      return JSON.stringify(res).length;
    };
    const payloadBytes = Buffer.byteLength(JSON.stringify(await emulator.call('staff', { action: 'getFreshness', payload: {} }, 'editor')));
    const adminPayloadBytes = Buffer.byteLength(JSON.stringify(await emulator.call('staff', { action: 'getFreshness', payload: {} }, 'admin')));
    await timeMany(10, () => page('editor'));
    const times = await timeMany(50, () => page('editor'));
    return {
      items: Object.values(ITEMS).reduce((a, b) => a + b, 0), cases: CASES, jobsRunMs, checkMs: report.tookMs, rows: report.rows.length + report.truncated, health: report.health.length,
      casesRead: report.scanned.cases, payloadBytes, adminPayloadBytes, pageP50: percentile(times, 50), pageP95: percentile(times, 95), phases: report.phases,
    };
  } finally {
    await emulator.stop();
  }
}

if (require.main === module) {
  freshnessBench().then((r) => console.log(r), (e: unknown) => { console.error(e); process.exit(1); });
}
