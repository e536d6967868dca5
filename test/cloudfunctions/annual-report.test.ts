// The annual disclosure report (#18 part 1) drafted from records made through the real actions at chosen
// instants, every cell of the standard tables checked against counts made by hand.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnnualReportDraftView, AnnualReportView, UnplacedView } from '#types/api/annual-report';
import type { StaffReminder } from '#types/api/holiday-calendar';
import type { CaseView } from '#types/api/case-views';
import type { RevisionDetail } from '#types/api/workflow';
import { APPLICATION_COLUMNS, APPLICATION_ROWS, type ApplicationTable, type ReportFigures } from '#types/models/annual-report';
import { AUDIT_COLLECTION } from '#types/models/audit';
import { CASE_COLLECTION } from '#types/models/case';
import { DECISION_COLLECTION } from '#types/models/decision';
import { FRESHNESS_COLLECTION, FRESHNESS_REPORT_ID } from '#types/models/freshness';
import { REASON_MISMATCH } from '#types/api/disclosure-decision-labels';
import { policyInput } from '../support/builders';
import { type PersonaKey, type ProductCloud, startProductCloud } from '../support/product-cloud';
import { approval, publish } from '../support/workflow-steps';

let cloud: ProductCloud;
let n = 0;
const at = (instant: string): void => cloud.emulator.clock.set(instant);

beforeAll(async () => {
  cloud = await startProductCloud();
});
afterAll(() => cloud.emulator.stop());

const person = { type: 'person', name: '王小明', idNumber: '33012219800101123X', organisation: '', phone: '13912345678', address: '清溪县石门乡石门村 12 号', email: '' };
const org = (orgKind: string) => ({ ...person, type: 'organisation', orgKind, name: '李四', idNumber: '91330122MA2H3X4Y5Z', organisation: '清溪县某单位' });

/** Applies at `on` (Beijing) and, when given, decides at `decidedOn`: the case id. */
async function application(applicant: Record<string, unknown>, on: string, decided?: { on: string; decision: string; reason?: string }): Promise<string> {
  at(on);
  n += 1;
  const res = await cloud.call<CaseView>('public', 'applyDisclosure', { requestId: `ar-req-${n}-x`, applicant, description: `请公开第 ${n} 份材料：农村公路养护资金分配明细`, purpose: '了解情况', form: 'electronic' }, 'citizenA');
  if (!res.ok) throw new Error(res.message);
  if (decided) {
    at(decided.on);
    const d = await cloud.call('staff', 'decideDisclosure', { id: res.data.id, decision: decided.decision, reason: decided.reason ?? null, reply: '依法作出答复，详见答复书。', documents: [] }, 'editor');
    if (!d.ok) throw new Error(d.message);
  }
  return res.data.id;
}

/** A table of zeros with the hand counts laid over it: row → column → count; each row's total is summed. */
function expectedTable(counts: Record<string, Partial<Record<string, number>>>): ApplicationTable {
  return Object.fromEntries(
    APPLICATION_ROWS.map((row) => {
      const cells = Object.fromEntries(APPLICATION_COLUMNS.map((c) => [c, counts[row]?.[c] ?? 0]));
      cells.total = APPLICATION_COLUMNS.filter((c) => c !== 'total').reduce((sum, c) => sum + (cells[c] ?? 0), 0);
      return [row, cells];
    }),
  ) as ApplicationTable;
}

const draft = (as: PersonaKey = 'editor') => cloud.call<AnnualReportDraftView>('staff', 'draftAnnualReport', { year: 2026 }, as);
const records = async (cell: string): Promise<string[]> => {
  const res = await cloud.call<{ items: { id: string }[] }>('staff', 'listReportRecords', { year: 2026, cell }, 'editor');
  if (!res.ok) throw new Error(res.message);
  return res.data.items.map((i) => i.id).sort();
};

const ids: Record<string, string> = {};
const policyIds: Record<string, string> = {};

describe('the 2026 annual report', () => {
  beforeAll(async () => {
    // Decided in 2025: not in the 2026 report at all.
    ids.a0 = await application(person, '2025-11-03T10:00:00+08:00', { on: '2025-11-20T10:00:00+08:00', decision: 'disclosed' });
    // Carried in from 2025.
    ids.a1 = await application(person, '2025-12-22T10:00:00+08:00', { on: '2026-01-12T10:00:00+08:00', decision: 'disclosed' });
    ids.a2 = await application(org('business'), '2025-12-29T10:00:00+08:00');
    // Received in 2026, decided in 2026 with the national categories.
    ids.b1 = await application(person, '2026-03-02T10:00:00+08:00', { on: '2026-03-20T10:00:00+08:00', decision: 'partial' });
    ids.b2 = await application(org('research'), '2026-04-01T10:00:00+08:00', { on: '2026-04-20T10:00:00+08:00', decision: 'refused', reason: 'third_party' });
    ids.b3 = await application(org('legal_service'), '2026-05-06T10:00:00+08:00', { on: '2026-05-20T10:00:00+08:00', decision: 'unavailable', reason: 'not_held' });
    ids.b4 = await application(org('public_interest'), '2026-06-01T10:00:00+08:00', { on: '2026-06-15T10:00:00+08:00', decision: 'not_processed', reason: 'repeated' });
    ids.b5 = await application(org('other'), '2026-06-02T10:00:00+08:00', { on: '2026-07-15T10:00:00+08:00', decision: 'other', reason: 'no_supplement' });
    // The year's last half hour in Beijing (still 2026-12-31 15:30 UTC): received in 2026, carried over.
    ids.b6 = await application(person, '2026-12-31T23:30:00+08:00');
    // Received in 2026, decided in 2027: carried over.
    ids.b8 = await application(person, '2026-12-21T10:00:00+08:00', { on: '2027-01-05T10:00:00+08:00', decision: 'disclosed' });
    // Ten minutes into 2027 in Beijing (still 2026 in UTC): not in the 2026 report.
    ids.b7 = await application(person, '2027-01-01T00:10:00+08:00');
    // Records from before the national categories: one the old type maps exactly, three it cannot.
    ids.l1 = await application(person, '2026-02-02T10:00:00+08:00', { on: '2026-02-10T10:00:00+08:00', decision: 'unavailable', reason: 'not_held' });
    ids.l2 = await application(person, '2026-02-03T10:00:00+08:00', { on: '2026-02-11T10:00:00+08:00', decision: 'refused', reason: 'state_secret' });
    ids.l3 = await application(org('business'), '2026-02-04T10:00:00+08:00', { on: '2026-02-12T10:00:00+08:00', decision: 'disclosed' });
    ids.l4 = await application(person, '2026-02-05T10:00:00+08:00', { on: '2026-02-13T10:00:00+08:00', decision: 'disclosed' });
    const _ = cloud.db.command;
    const cases = cloud.db.collection(CASE_COLLECTION);
    await cases.doc(ids.l1).update({ data: { disclosure: { decision: { type: 'not_exist', reason: _.remove() } } } });
    await cases.doc(ids.l2).update({ data: { disclosure: { decision: { reason: _.remove() } } } });
    await cases.doc(ids.l3).update({ data: { disclosure: { applicant: { orgKind: _.remove() } } } });
    await cases.doc(ids.l4).update({ data: { disclosure: { decision: { type: 'already_public' } } } });

    at('2026-06-10T10:00:00+08:00');
    const policy = async (key: string, overrides: Record<string, unknown>): Promise<void> => {
      policyIds[key] = (await publish(cloud, 'policy', policyInput(overrides))).targetId;
    };
    await policy('p1', { docType: 'normative', ownIssue: true, issuedAt: '2026-03-01' });
    await policy('p2', { docType: 'normative', ownIssue: true, issuedAt: '2024-05-01', status: 'repealed', expiresAt: '2026-08-01' });
    await policy('p3', { docType: 'normative', ownIssue: true, issuedAt: '2023-01-01' });
    await policy('p4', { docType: 'normative', ownIssue: true, issuedAt: '2025-01-01', status: 'repealed', expiresAt: '2027-03-01' });
    await policy('p5', { level: 'provincial', issuer: '省交通运输厅', issuedAt: '2026-02-01' });
    await policy('p6', { issuedAt: '2026-04-01' });
    await policy('p7', { docType: 'rule', ownIssue: false, issuedAt: '2026-05-01' });
    await policy('p8', { docType: 'normative', ownIssue: true, issuedAt: '2027-01-05' });
    await policy('p9', { docType: 'normative', ownIssue: true, issuedAt: '2022-01-01', status: 'repealed' });

    const decision = (kind: string, no: string, day: string) => ({ _id: `${kind}-${no}`, kind, decisionNo: no, partyName: '清溪县某运输公司', decisionDate: new Date(`${day}T00:00:00Z`), late: false, penaltyTypes: kind === 'penalty' ? ['罚款'] : [], amount: kind === 'penalty' ? 0.2 : null });
    for (const d of [decision('licence', '清交许〔2026〕001号', '2026-01-05'), decision('licence', '清交许〔2026〕002号', '2026-06-30'), decision('licence', '清交许〔2026〕003号', '2026-12-31'), decision('licence', '清交许〔2025〕090号', '2025-12-31'), decision('penalty', '清交执罚〔2026〕001号', '2026-03-03'), decision('penalty', '清交执罚〔2026〕002号', '2026-09-09')]) {
      const { _id, ...data } = d;
      await cloud.db.collection(DECISION_COLLECTION).doc(_id).set({ data });
    }
    at('2027-01-10T10:00:00+08:00');
  });

  it('counts every cell of the tables, and lists the records it cannot place instead of counting them', async () => {
    const res = await draft();
    if (!res.ok) throw new Error(res.message);
    const figures: ReportFigures = res.data.figures;
    expect(figures.active).toEqual({ rule: { issued: 0, repealed: 0, inForce: 0 }, normative: { issued: 1, repealed: 1, inForce: 3 }, licences: 3, penalties: 2 });
    expect(figures.applications).toEqual(
      expectedTable({
        received: { person: 4, research: 1, legal_service: 1, public_interest: 1, other: 1 },
        carriedIn: { person: 1, business: 1 },
        disclosed: { person: 1 },
        partial: { person: 1 },
        'refused.third_party': { research: 1 },
        'unavailable.not_held': { person: 1, legal_service: 1 },
        'not_processed.repeated': { public_interest: 1 },
        'other.no_supplement': { other: 1 },
        total: { person: 3, research: 1, legal_service: 1, public_interest: 1, other: 1 },
        carriedOut: { person: 2, business: 1 },
      }),
    );
    const unplaced = res.data.unplaced.map((u: UnplacedView) => [u.id, u.problems]);
    expect(unplaced).toEqual(
      expect.arrayContaining([
        [ids.l2, ['答复决定没有对应的全国统计分类（旧记录）']],
        [ids.l3, ['申请单位的类别没有记录']],
        [ids.l4, ['答复决定没有对应的全国统计分类（旧记录）']],
        [policyIds.p6, ['没有标注文件类型和是否本局制发']],
        [policyIds.p9, ['已废止的行政规范性文件没有填写失效日期']],
      ]),
    );
    expect(unplaced).toHaveLength(5);
    expect(res.data.notes).toEqual([
      '截至 2026 年 12 月 31 日仍在办理的 3 件申请计入“结转下年度继续办理”，办理结果计入 2027 年度报告。',
      '有 5 条记录无法归类，没有计入统计表，请先逐条归类后再提交审核。',
    ]);
    expect(res.data.dueOn).toBe('2027-01-31');
    // B5 was answered on 15 July, past its 20 working days from 2 June.
    expect(res.data.offered).toEqual({
      overview: [
        '2026 年新收政府信息公开申请 8 件，上年结转 2 件，办结 7 件（予以公开 1 件、部分公开 1 件），结转下年度继续办理 3 件。',
        '办结的 7 件申请中，6 件在法定期限内答复（86%）。',
        '本年制发行政规范性文件 1 件、废止 1 件，现行有效 3 件。',
        '本年作出行政许可决定 3 件、行政处罚决定 2 件，均在“双公示”栏目公开。',
      ],
      problems: ['1 件政府信息公开申请超过法定期限答复。'],
    });
  });

  it('shows the records behind a figure', async () => {
    expect(await records('applications.carriedOut.total')).toEqual([ids.a2, ids.b6, ids.b8].sort());
    expect(await records('applications.carriedIn.person')).toEqual([ids.a1]);
    expect(await records('active.normative.inForce')).toEqual([policyIds.p1, policyIds.p3, policyIds.p4].sort());
    const licences = await cloud.call<{ items: { label: string }[]; total: number }>('staff', 'listReportRecords', { year: 2026, cell: 'active.licences' }, 'reviewer');
    expect(licences.ok && [licences.data.total, licences.data.items.map((i) => i.label.split(' ')[0])]).toEqual([3, ['清交许〔2026〕003号', '清交许〔2026〕002号', '清交许〔2026〕001号']]);
  });

  it('says while the year is not over that the figures are so far', async () => {
    at('2026-12-01T09:00:00+08:00');
    const res = await draft();
    expect(res.ok && res.data.notes[0]).toBe('2026 年还没有结束：数字截至 2026-12-01，之后收到和办结的申请还会改变它们。');
    at('2027-01-10T10:00:00+08:00');
  });

  it('lets staff classify only what the record cannot say, audited, never changing what the applicant was told', async () => {
    expect(await cloud.call('staff', 'classifyDisclosure', { id: ids.b1, decision: 'disclosed' }, 'editor')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION' });
    expect(await cloud.call('staff', 'classifyDisclosure', { id: ids.l2, decision: 'refused' }, 'editor')).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message: REASON_MISMATCH });
    expect(await cloud.call('staff', 'classifyDisclosure', { id: ids.l2, decision: 'refused', reason: 'state_secret' }, 'citizenA')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    expect(await cloud.call('staff', 'classifyDisclosure', { id: ids.l2, decision: 'refused', reason: 'state_secret' }, 'editor')).toEqual({ ok: true, data: null });
    expect(await cloud.call('staff', 'classifyDisclosure', { id: ids.l3, orgKind: 'business' }, 'reviewer')).toEqual({ ok: true, data: null });
    expect(await cloud.call('staff', 'classifyDisclosure', { id: ids.l4, decision: 'disclosed' }, 'editor')).toEqual({ ok: true, data: null });
    const mine = await cloud.call<CaseView>('public', 'getMyCase', { id: ids.l4 }, 'citizenA');
    expect(mine.ok && mine.data.disclosure?.decision?.type).toBe('already_public');
    const audit = await cloud.db.collection(AUDIT_COLLECTION).where({ action: 'disclosure.classify' }).get();
    expect(audit.data).toHaveLength(3);
  });

  it('refuses a report while records are unplaced or figures differ from the records, then publishes it with its 保密审查', async () => {
    const content = (figures: ReportFigures) => ({
      year: 2026,
      overview: '2026 年，本局认真贯彻《政府信息公开条例》，依托小程序主动公开政策文件、项目进展和办事指南，依申请公开全部按期答复。',
      problems: '一是政策解读形式还不够丰富；二是部分项目进展更新不够及时。下一步将建立更新提醒。',
      other: '本年度未收取信息处理费。',
      enforcement: { value: 4, source: '县交通运输综合行政执法大队执法台账' },
      fees: { value: 12.35, source: '县财政局非税收入系统' },
      review: { reconsideration: { upheld: 1, corrected: 0, other: 0, pending: 1 }, direct: { upheld: 0, corrected: 0, other: 0, pending: 0 }, afterReconsideration: { upheld: 1, corrected: 0, other: 0, pending: 0 } },
      figures,
    });
    const before = await draft();
    if (!before.ok) throw new Error(before.message);
    const save = (revisionId: string, figures: ReportFigures, targetId: string | null = null) =>
      cloud.call<RevisionDetail>('staff', 'saveDraft', { revisionId, kind: 'annualReport', targetId, content: content(figures), changeNote: '' }, 'editor');
    expect(await save('ar-2026-a', before.data.figures)).toEqual({ ok: false, code: 'FAILED_PRECONDITION', message: '有 2 条记录无法归类，请先在年度报告页逐条归类' });

    // Staff mark the two policies: one is not a normative document; the other ended in 2025.
    await publish(cloud, 'policy', policyInput({ title: '县城停车收费调整的通知', docNumber: '清交〔2026〕6号', issuedAt: '2026-04-01', docType: 'other', ownIssue: true }), policyIds.p6);
    await publish(cloud, 'policy', policyInput({ title: '旧的养护办法', docNumber: '清交〔2022〕9号', issuedAt: '2022-01-01', status: 'repealed', expiresAt: '2025-06-01', docType: 'normative', ownIssue: true }), policyIds.p9);
    const after = await draft();
    if (!after.ok) throw new Error(after.message);
    expect(after.data.unplaced).toEqual([]);
    expect(after.data.figures.applications).toEqual(
      expectedTable({
        received: { person: 6, business: 1, research: 1, legal_service: 1, public_interest: 1, other: 1 },
        carriedIn: { person: 1, business: 1 },
        disclosed: { person: 2, business: 1 },
        partial: { person: 1 },
        'refused.state_secret': { person: 1 },
        'refused.third_party': { research: 1 },
        'unavailable.not_held': { person: 1, legal_service: 1 },
        'not_processed.repeated': { public_interest: 1 },
        'other.no_supplement': { other: 1 },
        total: { person: 5, business: 1, research: 1, legal_service: 1, public_interest: 1, other: 1 },
        carriedOut: { person: 2, business: 1 },
      }),
    );
    const t = after.data.figures.applications;
    expect((t.received?.total ?? 0) + (t.carriedIn?.total ?? 0)).toBe((t.total?.total ?? 0) + (t.carriedOut?.total ?? 0));

    const forged = structuredClone(after.data.figures);
    (forged.applications.disclosed as Record<string, number>).person = 9;
    expect(await save('ar-2026-a', forged)).toEqual({ ok: false, code: 'FAILED_PRECONDITION', message: '记录在起草后有变化，统计数字已不一致：请重新生成数字后再保存或审核' });
    const saved = await save('ar-2026-a', after.data.figures);
    if (!saved.ok) throw new Error(saved.message);
    expect(await cloud.call('staff', 'submitRevision', { revisionId: 'ar-2026-a' }, 'editor')).toMatchObject({ ok: true });
    expect(await cloud.call('staff', 'reviewRevision', approval('ar-2026-a'), 'editor')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    expect(await cloud.call('staff', 'reviewRevision', { revisionId: 'ar-2026-a', decision: 'approve', note: '' }, 'reviewer')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    expect(await cloud.call('staff', 'reviewRevision', approval('ar-2026-a'), 'reviewer')).toMatchObject({ ok: true, data: { status: 'published' } });

    const pub = await cloud.call<AnnualReportView>('public', 'getAnnualReport', { year: 2026 }, 'anonymous');
    expect(pub.ok && [pub.data.year, pub.data.figures, pub.data.fees]).toEqual([2026, after.data.figures, { value: 12.35, source: '县财政局非税收入系统' }]);
    expect(await cloud.call('public', 'listAnnualReports', {}, 'citizenB')).toMatchObject({ ok: true, data: { items: [{ year: 2026, id: saved.data.targetId }] } });
    expect(await cloud.call('public', 'getAnnualReport', { year: 2025 }, 'anonymous')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const listed = await cloud.call('public', 'listCatalogue', { category: 'annualReport' }, 'anonymous');
    expect(listed).toMatchObject({ ok: true, data: { items: [{ title: '2026年政府信息公开工作年度报告', date: '2027-01-10', path: '/about/annual-report/index?year=2026' }] } });
    // A second report for the same year is refused; the published one is revised instead.
    expect(await save('ar-2026-b', after.data.figures)).toMatchObject({ ok: false, code: 'ALREADY_EXISTS' });
    expect(await save('ar-2026-c', after.data.figures, saved.data.targetId)).toMatchObject({ ok: true });
  });

  it('exports the published report as a Word document with the three tables in the standard fonts', async () => {
    const res = await cloud.call<{ url: string; bytes: number; name: string }>('staff', 'exportAnnualReport', { year: 2026 }, 'reviewer');
    if (!res.ok) throw new Error(res.message);
    expect(res.data.name).toBe('县交通运输局2026年政府信息公开工作年度报告.docx');
    const body = Buffer.from(await (await fetch(res.data.url)).arrayBuffer());
    expect(body.length).toBe(res.data.bytes);
    const file = join(mkdtempSync(join(tmpdir(), 'annual-report-')), 'report.docx');
    writeFileSync(file, body);
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8');
    expect(xml.match(/<w:tbl>/g)).toHaveLength(3);
    for (const text of ['一、总体情况', '第二十条第（一）项', '行政规范性文件', '12.35', '一、本年新收政府信息公开申请数量', '属于国家秘密', '结转下年度继续办理', '未经复议直接起诉', '本年度未收取信息处理费。']) {
      expect(xml).toContain(text);
    }
    for (const font of ['仿宋_GB2312', '黑体', '宋体']) expect(xml).toContain(`w:eastAsia="${font}"`);
    expect(xml).toContain('w:vMerge');
    // Intact: every row of each table fills exactly its grid (10 columns for table 三), merged cells included.
    const shapes = (xml.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? []).map((t) => ({
      grid: (t.match(/<w:gridCol /g) ?? []).length,
      rows: [...new Set((t.match(/<w:tr>.*?<\/w:tr>/gs) ?? []).map((r) => (r.match(/<w:tc>.*?<\/w:tc>/gs) ?? []).reduce((n, c) => n + Number(/<w:gridSpan w:val="(\d+)"/.exec(c)?.[1] ?? 1), 0)))],
    }));
    expect(shapes).toEqual([{ grid: 4, rows: [4] }, { grid: 10, rows: [10] }, { grid: 15, rows: [15] }]);
    expect(await cloud.call('staff', 'exportAnnualReport', { year: 2025 }, 'editor')).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION' });
  });

  it('offers the freshness monitor’s last findings for 五、存在的主要问题', async () => {
    const report = { runId: 'r1', checkedAt: new Date('2027-01-09T01:00:00Z'), tookMs: 10, scanned: { items: 1, cases: 0 }, rows: [], truncated: 0, owners: {},
      counts: [{ owner: null, overdue: 2, dueSoon: 1, escalated: 0 }, { owner: 'o-x', overdue: 1, dueSoon: 0, escalated: 0 }], health: [{ key: 'h1' }] };
    await cloud.db.collection(FRESHNESS_COLLECTION).doc(FRESHNESS_REPORT_ID).set({ data: report });
    const res = await draft();
    expect(res.ok && res.data.offered.problems).toEqual(['1 件政府信息公开申请超过法定期限答复。', '截至 2027-01-09，更新期限检查发现超期未更新的事项 3 项，内容健康问题 1 项。']);
    await cloud.db.collection(FRESHNESS_COLLECTION).doc(FRESHNESS_REPORT_ID).remove();
  });

  it('keeps the report actions from citizens', async () => {
    for (const [action, payload] of [['draftAnnualReport', { year: 2026 }], ['exportAnnualReport', { year: 2026 }], ['listReportRecords', { year: 2026, cell: 'applications.received.total' }]] as const) {
      expect(await cloud.call('staff', action, payload, 'citizenA')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
      expect(await cloud.call('staff', action, payload, 'anonymous')).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    }
  });
});

describe('decisions in the national categories', () => {
  it('requires the reason of a refusal and refuses an organisation without its kind', async () => {
    at('2026-06-10T10:00:00+08:00');
    const id = await application(person, '2026-06-10T10:00:00+08:00');
    expect(await cloud.call('staff', 'decideDisclosure', { id, decision: 'refused', reply: '不予公开。', documents: [] }, 'editor')).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message: REASON_MISMATCH });
    expect(await cloud.call('staff', 'decideDisclosure', { id, decision: 'disclosed', reason: 'state_secret', reply: '予以公开。', documents: [] }, 'editor')).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message: REASON_MISMATCH });
    expect(await cloud.call('staff', 'decideDisclosure', { id, decision: 'not_exist', reply: '信息不存在。', documents: [] }, 'editor')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    const refused = await cloud.call<CaseView>('staff', 'decideDisclosure', { id, decision: 'refused', reason: 'process_info', reply: '属于过程性信息，不予公开。', documents: [] }, 'editor');
    expect(refused.ok && [refused.data.disclosure?.decision?.reason, refused.data.events.at(-1)?.note]).toEqual(['process_info', '已答复：不予公开（属于四类过程性信息）']);
    const noKind = await cloud.call('public', 'applyDisclosure', { requestId: 'ar-nokind-1', applicant: { ...org('business'), orgKind: undefined }, description: '请公开某工程的招标文件。', purpose: '了解', form: 'electronic' }, 'citizenB');
    expect(noKind).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message: '法人或其他组织申请，请选择单位类别；个人申请不选' });
  });
});

describe('the 31 January clock', () => {
  const reminder = async (): Promise<StaffReminder | undefined> => {
    const res = await cloud.call<{ items: StaffReminder[] }>('staff', 'listStaffReminders', {}, 'editor');
    if (!res.ok) throw new Error(res.message);
    return res.data.items.find((r) => r.key.startsWith('annual-report-'));
  };

  it('shows staff the 2027 report from 1 December, urgent in its last 10 working days, overdue after 31 January', async () => {
    at('2027-11-30T10:00:00+08:00');
    expect(await reminder()).toBeUndefined();
    at('2027-12-01T09:00:00+08:00');
    expect(await reminder()).toMatchObject({ key: 'annual-report-2027', level: 'info', page: '/staff/annual-report/index', text: expect.stringContaining('2027 年政府信息公开工作年度报告须在 2028-01-31 前发布：还有 61 天') });
    at('2028-01-20T09:00:00+08:00');
    expect(await reminder()).toMatchObject({ level: 'urgent' });
    at('2028-01-31T09:00:00+08:00');
    expect((await reminder())?.text).toContain('今天是最后一天');
    at('2028-02-01T09:00:00+08:00');
    expect(await reminder()).toMatchObject({ level: 'urgent', text: '2027 年政府信息公开工作年度报告已超过 1 月 31 日的法定发布期限，还没有发布' });
  });

  it('stops once the year’s report is published', async () => {
    at('2027-01-20T09:00:00+08:00');
    expect(await reminder()).toBeUndefined();
    at('2026-06-10T10:00:00+08:00');
  });
});
