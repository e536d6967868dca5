// The annual disclosure report at county scale: 5,000 disclosure applications over two years (all six
// national result categories, every applicant column, some still open), 1,000 policies and 10,000 双公示
// decisions, drafted by the staff function through the real SDK on the local cloud; then the Word export
// of the published report (time and file size). Run: npx tsx bench/annual-report.ts
import { PRODUCT_DATABASE } from '#types/models/product-database';
import { ANNUAL_REPORT_COLLECTION } from '#types/models/annual-report';
import { CASE_COLLECTION } from '#types/models/case';
import { DECISION_COLLECTION } from '#types/models/decision';
import { APPLICANT_COLUMNS, DISCLOSURE_OUTCOMES, DISCLOSURE_REASONS } from '#types/models/disclosure-result';
import { POLICY_COLLECTION } from '#types/models/policy';
import { STAFF_COLLECTION } from '#types/models/staff';
import type { AnnualReportDraftView } from '#types/api/annual-report';
import { startEmulator } from '../emulator';
import type { Doc } from '../emulator/store/ejson';
import { FUNCTIONS_BUILD, buildCloudFunctions } from '../scripts/build-cloud';
import { percentile, timeMany } from './measure';

const APPLICATIONS = 5_000;
const POLICIES = 1_000;
const DECISIONS = 10_000;
const RUNS = 10;
const DAY = 86_400_000;
const YEAR = 2026;
const NOW = new Date('2027-01-10T10:00:00+08:00');
const START = Date.parse('2025-01-01T00:00:00+08:00');
const RESULTS = DISCLOSURE_OUTCOMES.flatMap((o): { type: string; reason: string | null }[] => {
  const reasons: readonly string[] = DISCLOSURE_REASONS[o];
  return reasons.length ? reasons.map((r) => ({ type: o, reason: r })) : [{ type: o, reason: null }];
});

export interface AnnualReportFigures {
  applications: number;
  draftP50: number;
  draftP95: number;
  exportMs: number;
  docxBytes: number;
}

type Put = { kind: 'put'; collection: string; id: string; doc: Doc };
const put = (collection: string, doc: { _id: string }): Put => ({ kind: 'put', collection, id: doc._id, doc: doc as unknown as Doc });

function seed(): Put[] {
  const puts: Put[] = [];
  for (let i = 0; i < APPLICATIONS; i++) {
    // Two years of applications; one in twenty still open.
    const createdAt = new Date(START + Math.floor((i / APPLICATIONS) * 730) * DAY + 3_600_000);
    const column = APPLICANT_COLUMNS[i % APPLICANT_COLUMNS.length] as string;
    const result = RESULTS[i % RESULTS.length] as { type: string; reason: string | null };
    const open = i % 20 === 0;
    puts.push(put(CASE_COLLECTION, {
      _id: `case-${i}`, trackingNo: `B${i}`, openid: `o-${i % 500}`, category: 'disclosure', text: '基准申请', phone: '13800000000', related: null,
      status: open ? 'received' : 'closed', events: [], reply: open ? null : '已答复', held: false, createdAt, dueAt: new Date(createdAt.getTime() + 28 * DAY), updatedAt: createdAt,
      disclosure: {
        applicant: { type: column === 'person' ? 'person' : 'organisation', ...(column === 'person' ? {} : { orgKind: column }), name: '申请人', idNumber: '330122198001011234', organisation: column === 'person' ? '' : '某单位', phone: '13800000000', address: '清溪县', email: '' },
        description: `请公开第 ${i} 项农村公路养护资金分配明细`, purpose: '了解', form: 'electronic', extended: null, supplement: null,
        decision: open ? null : { type: result.type, reason: result.reason, documents: [], at: new Date(createdAt.getTime() + 15 * DAY) },
      },
    } as { _id: string }));
  }
  for (let i = 0; i < POLICIES; i++) {
    const issuedAt = new Date(Date.UTC(2015 + (i % 12), i % 12, 1 + (i % 28)));
    puts.push(put(POLICY_COLLECTION, {
      _id: `policy-${i}`, title: `基准政策${i}`, docNumber: `清交〔${issuedAt.getUTCFullYear()}〕${i}号`, level: i % 3 ? 'county' : 'provincial', issuedAt, expiresAt: i % 7 === 0 ? new Date(issuedAt.getTime() + 1_000 * DAY) : null,
      status: i % 7 === 0 ? 'repealed' : 'in_force', lifecycle: 'published', docType: i % 4 ? 'normative' : 'other', ownIssue: i % 3 !== 0, version: 1, publishedAt: issuedAt, updatedAt: issuedAt,
    } as { _id: string }));
  }
  for (let i = 0; i < DECISIONS; i++) {
    const kind = i % 3 ? 'licence' : 'penalty';
    const decisionDate = new Date(Date.UTC(2025, 0, 1) + (i % 730) * DAY);
    puts.push(put(DECISION_COLLECTION, { _id: `d-${i}`, kind, decisionNo: `清交〔${i}〕号`, partyName: '某公司', decisionDate, late: i % 17 === 0, penaltyTypes: kind === 'penalty' ? ['罚款'] : [], amount: kind === 'penalty' ? 0.1 : null } as { _id: string }));
  }
  for (const [openid, role] of [['o-local-editor', 'editor'], ['o-local-reviewer', 'reviewer']]) {
    puts.push(put(STAFF_COLLECTION, { _id: openid as string, name: role, roles: [role], createdAt: NOW, updatedAt: NOW } as { _id: string }));
  }
  return puts;
}

export async function annualReportBench(): Promise<AnnualReportFigures> {
  await buildCloudFunctions();
  const emulator = await startEmulator({ functionsDir: FUNCTIONS_BUILD, ...PRODUCT_DATABASE });
  try {
    emulator.store.apply(seed());
    emulator.clock.set(NOW.toISOString());
    let drafted: AnnualReportDraftView | null = null;
    const draft = async (): Promise<void> => {
      const res = (await emulator.call('staff', { action: 'draftAnnualReport', payload: { year: YEAR } }, 'editor')) as { ok: boolean; data: AnnualReportDraftView; message?: string };
      if (!res.ok) throw new Error(res.message);
      drafted = res.data;
    };
    await draft();
    const times = await timeMany(RUNS, draft);
    const figures = (drafted as AnnualReportDraftView | null)?.figures;
    if (!figures || figures.applications.received?.total === 0) throw new Error('nothing counted');
    // The published report, as approval leaves it (the workflow itself is tested, not timed here).
    const paragraph = '本局坚持以公开为常态、不公开为例外，依托小程序和门户网站主动公开政策文件、项目进展、办事指南和预决算信息。'.repeat(6);
    const report = {
      _id: 'annualReport-bench', year: YEAR, overview: `${paragraph}\n${paragraph}\n${paragraph}`, problems: `${paragraph}\n${paragraph}`, other: '本年度未收取信息处理费。',
      enforcement: { value: 12, source: '执法台账' }, fees: { value: 35.2, source: '非税收入系统' },
      review: { reconsideration: { upheld: 2, corrected: 1, other: 0, pending: 1 }, direct: { upheld: 1, corrected: 0, other: 0, pending: 0 }, afterReconsideration: { upheld: 0, corrected: 0, other: 0, pending: 1 } },
      figures, version: 1, lifecycle: 'published', lifecycleNote: null, publishedAt: NOW, updatedAt: NOW, votes: { helpful: 0, unhelpful: 0 },
    };
    emulator.store.apply([put(ANNUAL_REPORT_COLLECTION, report)]);
    const started = Date.now();
    const exported = (await emulator.call('staff', { action: 'exportAnnualReport', payload: { year: YEAR } }, 'editor')) as { ok: boolean; data: { bytes: number }; message?: string };
    const exportMs = Date.now() - started;
    if (!exported.ok) throw new Error(exported.message);
    return { applications: APPLICATIONS, draftP50: percentile(times, 50), draftP95: percentile(times, 95), exportMs, docxBytes: exported.data.bytes };
  } finally {
    await emulator.stop();
  }
}

if (require.main === module) {
  annualReportBench().then(
    (r) => {
      console.log(`annual report over ${r.applications} applications, ${POLICIES} policies, ${DECISIONS} decisions (staff function via the local cloud, ${RUNS} runs):`);
      console.log(`  draft (count, place, trace)   p50 ${r.draftP50.toFixed(0)} ms  p95 ${r.draftP95.toFixed(0)} ms`);
      console.log(`  Word export of the report     ${r.exportMs} ms, ${(r.docxBytes / 1024).toFixed(1)} KB`);
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
