// 双公示 on the local cloud with the real SDK: whole-file checks naming lines, ID numbers refused, the
// credit-code check character, the 7-working-day late flag, the publicity period, idempotent imports,
// the 保密审查 and who may do what.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { DecisionCounts, DecisionImportResult, DecisionListItem, DecisionView, StaffDecisionItem } from '#types/api/decision-views';
import { AUDIT_COLLECTION } from '#types/models/audit';
import { CONFIDENTIALITY_REQUIRED } from '#types/models/confidentiality';
import { DECISION_COLLECTION } from '#types/models/decision';
import { type PersonaKey, type ProductCloud, startProductCloud } from '../support/product-cloud';

let cloud: ProductCloud;
const fixture = (name: string): string => readFileSync(join(__dirname, `../fixtures/decisions/${name}.csv`), 'utf8');
const PENALTIES = fixture('penalties');
const LICENCES = fixture('licences');
const CHECK = { basis: '依据《保密法》和本局保密审查制度，经审查不涉密', result: 'not_secret' };

beforeAll(async () => {
  cloud = await startProductCloud();
});
afterAll(() => cloud.emulator.stop());

const importAs = (as: PersonaKey, payload: Record<string, unknown>) => cloud.call<DecisionImportResult>('staff', 'importDecisions', { confidentiality: CHECK, ...payload }, as);
const list = async (payload: Record<string, unknown>): Promise<DecisionListItem[]> => {
  const res = await cloud.call<{ items: DecisionListItem[] }>('public', 'listDecisions', payload, 'anonymous');
  if (!res.ok) throw new Error(res.message);
  return res.data.items;
};
const stored = async (): Promise<number> => (await cloud.db.collection(DECISION_COLLECTION).count()).total;
/** The penalty file with one line replaced (line 1 is the header). */
const withLine = (n: number, text: string): string => PENALTIES.split('\n').map((l, i) => (i === n - 1 ? text : l)).join('\n');

describe('a penalty file refused whole', () => {
  it('names the line of a natural person’s ID number, anywhere in the row, and stores nothing', async () => {
    const bad = withLine(3, '张三丰,自然人,,,清交执罚〔2026〕102号,无证经营 身份证号 43012419800101123X,依据,罚款,罚款,3,2026-05-29,清溪县交通运输局');
    const res = await importAs('reviewer', { kind: 'penalty', csv: bad });
    expect(res).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: expect.stringMatching(/^第 3 行：违法行为类型里有身份证号码样的数字；自然人的证件号码不得公示/) });
    const inName = withLine(3, '430124198001011235,自然人,,,清交执罚〔2026〕102号,无证经营,依据,罚款,罚款,3,2026-05-29,清溪县交通运输局');
    expect(await importAs('reviewer', { kind: 'penalty', csv: inName })).toMatchObject({ ok: false, message: expect.stringContaining('第 3 行：行政相对人名称里有身份证号码样的数字') });
    expect(await stored()).toBe(0);
  });

  it('checks the credit code’s GB 32100 check character and shape', async () => {
    const wrongCheck = withLine(2, PENALTIES.split('\n')[1]!.replace('91350100M000100Y43', '91350100M000100Y44'));
    expect(await importAs('reviewer', { kind: 'penalty', csv: wrongCheck })).toMatchObject({ ok: false, message: '第 2 行：统一社会信用代码“91350100M000100Y44”的校验位不对，请核对是否抄错' });
    const withO = withLine(2, PENALTIES.split('\n')[1]!.replace('91350100M000100Y43', '91350100O000100Y43'));
    expect(await importAs('reviewer', { kind: 'penalty', csv: withO })).toMatchObject({ ok: false, message: expect.stringContaining('第 2 行：统一社会信用代码“91350100O000100Y43”应为 18 位') });
    const personWithCode = withLine(4, PENALTIES.split('\n')[3]!.replace('李**,自然人,,', '李**,自然人,91110000600037341L,'));
    expect(await importAs('reviewer', { kind: 'penalty', csv: personWithCode })).toMatchObject({ ok: false, message: '第 4 行：自然人没有统一社会信用代码，这一格请留空' });
  });

  it('lists every bad line: a future date, a bad amount, an unknown penalty type, a missing field, a repeated number', async () => {
    const lines = PENALTIES.split('\n');
    const bad = [
      lines[0],
      lines[1]!.replace('2026-06-01', '2026-06-11'),
      lines[2]!.replace(',3,2026/5/29', ',三万,2026/5/29'),
      lines[3]!.replace(',警告,警告,', ',训诫,警告,'),
      lines[4]!.replace('未按规定建立学员档案', ''),
      lines[1]!.replace('2026-06-01', '2026-02-30'),
      lines[2],
      lines[2],
    ].join('\n');
    const res = await importAs('reviewer', { kind: 'penalty', csv: bad });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    // Every line with a problem is named; the reasons follow in order as far as a message goes.
    expect(res.message).toMatch(/^6 处问题，在第 2、3、4、5、6、8 行；第 2 行：决定日期 2026-06-11 在今天（2026-06-10）之后；第 3 行：罚款金额“三万”应为数字/);
    expect(res.message.length).toBeLessThanOrEqual(200);
    const one = await importAs('reviewer', { kind: 'penalty', csv: [lines[0], lines[1], lines[2], lines[2]].join('\n') });
    expect(one).toMatchObject({ ok: false, message: '第 4 行：决定文书号“清交执罚〔2026〕102号”与第 3 行重复' });
    const oneMore = await importAs('reviewer', { kind: 'penalty', csv: [lines[0], lines[1]!.replace('2026-06-01', '2026-02-30'), lines[4]!.replace('未按规定建立学员档案', '')].join('\n') });
    expect(oneMore).toMatchObject({ ok: false, message: '2 处问题，在第 2、3 行；第 2 行：决定日期“2026-02-30”不是有效日期，应写成 2026-03-15 或 2026/3/15；第 3 行：违法行为类型不能为空' });
    expect(await stored()).toBe(0);
  });

  it('refuses a header without the columns the kind needs, and a file with no 保密审查', async () => {
    expect(await importAs('reviewer', { kind: 'licence', csv: PENALTIES })).toMatchObject({ ok: false, message: expect.stringMatching(/^第 1 行：表头缺少列 licence_type/) });
    expect(await cloud.call('staff', 'importDecisions', { kind: 'penalty', csv: PENALTIES }, 'reviewer')).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message: CONFIDENTIALITY_REQUIRED });
    const row = PENALTIES.split('\n')[1]!;
    const tooMany = [PENALTIES.split('\n')[0], ...Array.from({ length: 1001 }, (_, i) => row.replace('〔2026〕101号', `〔2026〕${i}号`))].join('\n');
    expect(await importAs('reviewer', { kind: 'penalty', csv: tooMany })).toMatchObject({ ok: false, message: '文件有 1001 行，一次最多导入 1000 行，请分成几个文件' });
    expect(await stored()).toBe(0);
  });
});

describe('importing and publishing', () => {
  it('imports a GBK file as uploaded, masks a person’s name, flags the late one, records who and the 保密审查', async () => {
    const { fileID } = await cloud.cloud.uploadFile({ cloudPath: 'staff/o-local-reviewer/2026/penalties.csv', fileContent: iconv.encode(PENALTIES, 'gbk') });
    const res = await importAs('reviewer', { kind: 'penalty', fileId: fileID });
    // 2026-05-29 (Fri) is due by the end of 2026-06-09; imported 2026-06-10: late. 2026-06-01 is due 06-10: on time.
    expect(res).toEqual({ ok: true, data: { kind: 'penalty', rows: 4, created: 4, updated: 0, late: 3, encoding: 'gb18030' } });
    const staff = await cloud.call<{ items: StaffDecisionItem[]; total: number; lateCount: number }>('staff', 'listStaffDecisions', { kind: 'penalty' }, 'editor');
    if (!staff.ok) throw new Error(staff.message);
    expect(staff.data).toMatchObject({ total: 4, lateCount: 3 });
    const byNo = new Map(staff.data.items.map((i) => [i.decisionNo, i]));
    expect(byNo.get('清交执罚〔2026〕101号')).toMatchObject({ late: false, dueAt: '2026-06-10T15:59:59.999Z', importedBy: 'o-local-reviewer', confidentiality: { ...CHECK, by: 'o-local-reviewer' } });
    expect(byNo.get('清交执罚〔2026〕102号')).toMatchObject({ late: true, partyName: '张**', penaltyTypes: ['罚款', '没收违法所得'], amount: 3 });
    const lateOnly = await cloud.call<{ items: StaffDecisionItem[] }>('staff', 'listStaffDecisions', { kind: 'penalty', late: true }, 'reviewer');
    expect(lateOnly.ok && lateOnly.data.items.map((i) => i.late)).toEqual([true, true, true]);
    const raw = (await cloud.db.collection(DECISION_COLLECTION).where({ kind: 'penalty', decisionNo: '清交执罚〔2026〕102号' }).get()).data[0];
    expect(JSON.stringify(raw)).not.toContain('张三丰');
    const audit = (await cloud.db.collection(AUDIT_COLLECTION).where({ action: 'decision.import' }).get()).data;
    expect(audit).toEqual([expect.objectContaining({ actor: 'o-local-reviewer', targetId: 'penalty', confidentiality: expect.objectContaining({ basis: CHECK.basis, by: 'o-local-reviewer' }) })]);
  });

  it('updates on a second import and stores one record for concurrent retries, keeping when it first went online', async () => {
    const first = (await cloud.db.collection(DECISION_COLLECTION).where({ kind: 'penalty', decisionNo: '清交执罚〔2026〕101号' }).get()).data[0];
    cloud.emulator.clock.set('2026-06-12T10:00:00+08:00');
    const [a, b] = await Promise.all([importAs('reviewer', { kind: 'penalty', csv: PENALTIES }), importAs('admin', { kind: 'penalty', csv: PENALTIES })]);
    expect(a).toMatchObject({ ok: true, data: { rows: 4, late: 3 } });
    expect(b).toMatchObject({ ok: true, data: { rows: 4, late: 3 } });
    expect(await stored()).toBe(4);
    const again = (await cloud.db.collection(DECISION_COLLECTION).where({ kind: 'penalty', decisionNo: '清交执罚〔2026〕101号' }).get()).data[0];
    expect(again.publishedAt).toEqual(first.publishedAt);
    expect(again.late).toBe(false);
    cloud.emulator.clock.set('2026-06-10T10:00:00+08:00');
  });

  it('lists what is in view with keyword search and filters, and shows one', async () => {
    expect((await importAs('reviewer', { kind: 'licence', csv: LICENCES })).ok).toBe(true);
    // Penalties stay one year by default: 2025-06-10 is in view on 2026-06-10, 2025-06-09 is not.
    expect((await list({ kind: 'penalty' })).map((i) => i.decisionNo)).toEqual(['清交执罚〔2026〕101号', '清交执罚〔2026〕102号', '清交执罚〔2025〕088号']);
    expect((await list({ kind: 'penalty', q: '张**' })).map((i) => i.partyName)).toEqual(['张**']);
    expect((await list({ kind: 'penalty', q: '〔2025〕' })).map((i) => i.decisionNo)).toEqual(['清交执罚〔2025〕088号']);
    expect((await list({ kind: 'penalty', q: '贰万' })).map((i) => i.decisionNo)).toEqual(['清交执罚〔2026〕101号']);
    expect((await list({ kind: 'penalty', q: '.*' }))).toEqual([]);
    expect((await list({ kind: 'penalty', penaltyType: '没收违法所得' })).map((i) => i.decisionNo)).toEqual(['清交执罚〔2026〕102号']);
    expect((await list({ kind: 'penalty', authority: '清溪县交通运输综合行政执法大队' })).map((i) => i.decisionNo)).toEqual(['清交执罚〔2026〕102号']);
    expect((await list({ kind: 'penalty', year: 2026, month: 5 })).map((i) => i.decisionNo)).toEqual(['清交执罚〔2026〕102号']);
    expect((await list({ kind: 'penalty', year: 2025 })).map((i) => i.decisionNo)).toEqual(['清交执罚〔2025〕088号']);
    expect((await list({ kind: 'licence' })).map((i) => i.decisionNo)).toEqual(['清交许〔2026〕32号', '清交许〔2026〕31号']);
    const page1 = await cloud.call<{ items: DecisionListItem[]; nextCursor: string | null }>('public', 'listDecisions', { kind: 'penalty', limit: 2 }, 'anonymous');
    if (!page1.ok || !page1.data.nextCursor) throw new Error('expected a second page');
    expect((await list({ kind: 'penalty', limit: 2, cursor: page1.data.nextCursor })).map((i) => i.decisionNo)).toEqual(['清交执罚〔2025〕088号']);
    const one = await cloud.call<DecisionView>('public', 'getDecision', { id: page1.data.items[0]!.id }, 'citizenA');
    expect(one).toMatchObject({ ok: true, data: { creditCode: '91350100M000100Y43', legalBasis: '《公路安全保护条例》第六十四条', publicUntil: '2027-06-01' } });
    const facets = await cloud.call('public', 'getDecisionFacets', {}, 'anonymous');
    expect(facets).toEqual({ ok: true, data: { authorities: ['清溪县交通运输局', '清溪县交通运输综合行政执法大队'], days: { licence: 1095, penalty: 365 } } });
  });

  it('takes a decision out of public view after the publicity period an admin sets', async () => {
    const old = (await list({ kind: 'penalty' })).find((i) => i.decisionNo === '清交执罚〔2025〕088号');
    cloud.emulator.clock.set('2026-06-11T08:00:00+08:00');
    expect((await list({ kind: 'penalty' })).map((i) => i.decisionNo)).not.toContain('清交执罚〔2025〕088号');
    expect(await cloud.call('public', 'getDecision', { id: old!.id }, 'anonymous')).toEqual({ ok: false, code: 'NOT_FOUND', message: '这条决定已过公示期，不再公开' });
    expect(await cloud.call('staff', 'setPublicityPeriods', { days: { licence: 1095, penalty: 730 } }, 'reviewer')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    expect(await cloud.call('staff', 'setPublicityPeriods', { days: { licence: 1095, penalty: 60 } }, 'admin')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    expect(await cloud.call('staff', 'setPublicityPeriods', { days: { licence: 1095, penalty: 730 } }, 'admin')).toEqual({ ok: true, data: { days: { licence: 1095, penalty: 730 } } });
    expect((await list({ kind: 'penalty' })).map((i) => i.decisionNo)).toEqual(['清交执罚〔2026〕101号', '清交执罚〔2026〕102号', '清交执罚〔2025〕088号', '清交执罚〔2025〕087号']);
    // Staff see every decision, in view or not.
    const staff = await cloud.call<{ total: number }>('staff', 'listStaffDecisions', { kind: 'penalty' }, 'editor');
    expect(staff).toMatchObject({ ok: true, data: { total: 4 } });
    cloud.emulator.clock.set('2026-06-10T10:00:00+08:00');
  });

  it('lets only reviewers import and only staff read the staff list', async () => {
    expect(await importAs('editor', { kind: 'penalty', csv: PENALTIES })).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    expect(await importAs('citizenA', { kind: 'penalty', csv: PENALTIES })).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    expect(await cloud.call('staff', 'listStaffDecisions', { kind: 'penalty' }, 'anonymous')).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await cloud.call('staff', 'listStaffDecisions', { kind: 'penalty' }, 'citizenB')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
  });

  it('counts a year for the annual report', async () => {
    Object.assign(process.env, cloud.emulator.sdkEnv);
    const { countDecisions } = await import('../../cloudfunctions/_shared/decisions/count-decisions');
    const counts: DecisionCounts = await countDecisions(2026);
    expect(counts).toEqual({ year: 2026, licences: 2, penalties: 2, late: { licence: 0, penalty: 1 }, byPenaltyType: { 罚款: 2, 没收违法所得: 1 }, fines: 5 });
    expect(await countDecisions(2025)).toMatchObject({ licences: 0, penalties: 2, late: { licence: 0, penalty: 2 }, byPenaltyType: { 警告: 1, 罚款: 1 }, fines: 0.5 });
  });
});

describe('the demo county’s decisions', () => {
  it('import whole through the staff import, most on time, once however often npm start runs', async () => {
    const demo = await startProductCloud();
    try {
      Object.assign(process.env, demo.emulator.sdkEnv);
      const { seedDemoDecisions } = await import('../../scripts/demo/demo-decisions');
      expect(await seedDemoDecisions('demo-test')).toBe(17);
      expect(await seedDemoDecisions('demo-test')).toBe(0);
      const lateOf = async (kind: string): Promise<string[]> => (await demo.db.collection(DECISION_COLLECTION).where({ kind, late: true }).get()).data.map((d: { decisionNo: string }) => d.decisionNo);
      const late = [...(await lateOf('licence')), ...(await lateOf('penalty'))].sort();
      expect(late).toEqual(['清交执罚〔2025〕118号', '清交执罚〔2026〕051号', '清交许〔2026〕077号']);
    } finally {
      await demo.emulator.stop();
      Object.assign(process.env, cloud.emulator.sdkEnv);
    }
  });
});
