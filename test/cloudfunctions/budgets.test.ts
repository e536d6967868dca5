import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { BudgetCodeView, BudgetImportResult } from '#types/api/budget-import';
import type { BudgetView, BudgetYear } from '#types/api/budget-views';
import { AUDIT_COLLECTION } from '#types/models/audit';
import { CONFIDENTIALITY_REQUIRED } from '#types/models/confidentiality';
import { BUDGET_COLLECTION, type BudgetDoc } from '#types/models/budget';
import { type PersonaKey, type ProductCloud, startProductCloud } from '../support/product-cloud';
import { CONFIDENTIALITY } from '../support/workflow-steps';

let cloud: ProductCloud;
// The demo files name demo projects; these tests have none, so the project column is emptied.
const csvFor = (year: number, type: string): string =>
  readFileSync(join(__dirname, `../../scripts/demo/budgets/${year}-${type}.csv`), 'utf8').replace(/project-x-[a-z0-9-]+/g, '').replace(/ +,/g, ',');
const districtText = readFileSync(join(__dirname, '../fixtures/budgets/district-2024-budget.csv'), 'utf8').replace(/^\uFEFF/, '');
const countyText = readFileSync(join(__dirname, '../fixtures/budgets/county-2025-budget-gov-economic.csv'), 'utf8');

beforeAll(async () => {
  cloud = await startProductCloud();
});
afterAll(() => cloud.emulator.stop());

const importAs = (as: PersonaKey, payload: Record<string, unknown>) => cloud.call<BudgetImportResult>('staff', 'importBudget', { confidentiality: CONFIDENTIALITY, ...payload }, as);
const stored = async (id: string): Promise<number> => (await cloud.db.collection(BUDGET_COLLECTION).where({ _id: id }).count()).total;
let uploads = 0;
/** A file in the persona's own upload folder, as the mini-program or the browser would put it. */
async function upload(bytes: Buffer, owner = 'o-local-reviewer', area = 'staff'): Promise<string> {
  uploads += 1;
  const { fileID } = await cloud.cloud.uploadFile({ cloudPath: `${area}/${owner}/2026/budget-${uploads}.csv`, fileContent: bytes });
  return fileID as string;
}

describe('importing budget figures', () => {
  it('imports a checked year, audited, and refuses the same year again unless replacing', async () => {
    expect(await importAs('editor', { year: 2024, type: 'final', csv: csvFor(2024, 'final') })).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    const first = await importAs('reviewer', { year: 2024, type: 'final', csv: csvFor(2024, 'final') });
    expect(first).toMatchObject({ ok: true, data: { id: '2024-final', total: 8390.5, encoding: null, economicScope: 'all' } });
    expect(await importAs('reviewer', { year: 2024, type: 'final', csv: csvFor(2024, 'final') })).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION' });
    expect((await importAs('reviewer', { year: 2024, type: 'final', csv: csvFor(2024, 'final'), replace: true })).ok).toBe(true);
    const audit = await cloud.db.collection(AUDIT_COLLECTION).where({ targetId: '2024-final' }).get();
    expect(audit.data.map((a: { action: string }) => a.action).sort()).toEqual(['budget.import', 'budget.replace']);
  });

  it('publishes only with a 保密审查, kept with the figures and in the audit entry', async () => {
    expect(await cloud.call('staff', 'importBudget', { year: 2023, type: 'final', csv: csvFor(2023, 'final') }, 'reviewer')).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message: CONFIDENTIALITY_REQUIRED });
    expect(await stored('2023-final')).toBe(0);
    expect((await importAs('reviewer', { year: 2023, type: 'final', csv: csvFor(2023, 'final') })).ok).toBe(true);
    const doc = (await cloud.db.collection(BUDGET_COLLECTION).doc('2023-final').get()).data;
    expect(doc.confidentiality).toMatchObject({ ...CONFIDENTIALITY, by: 'o-local-reviewer' });
    const audit = (await cloud.db.collection(AUDIT_COLLECTION).where({ targetId: '2023-final', action: 'budget.import' }).get()).data;
    expect(audit).toEqual([expect.objectContaining({ confidentiality: doc.confidentiality })]);
  });

  it('rejects a file that does not add up and stores nothing of it', async () => {
    const broken = csvFor(2025, 'final').replace(/^functional,2140106,公路养护,[\d.]+,/m, 'functional,2140106,公路养护,1.00,');
    const res = await importAs('reviewer', { year: 2025, type: 'final', csv: broken });
    expect(res).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: expect.stringMatching(/（21401 公路水路运输）：下级合计/) });
    expect(await stored('2025-final')).toBe(0);
  });

  it('rejects a line that names a project that does not exist', async () => {
    const csv = csvFor(2025, 'final').replace(/^(functional,2140104,公路建设,[\d.]+,21401,[^,]*,)/m, '$1project-x-nope');
    expect(await importAs('reviewer', { year: 2025, type: 'final', csv })).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: expect.stringContaining('project-x-nope') });
  });
});

describe('importing the uploaded file', () => {
  it('reads a published budget saved by Excel as GBK, names intact, with its economic lines marked as 基本支出 only', async () => {
    const fileId = await upload(iconv.encode(districtText, 'gbk'));
    const res = await importAs('reviewer', { year: 2024, type: 'budget', fileId });
    expect(res).toEqual({ ok: true, data: { id: '2024-budget', total: 28877.69, lines: 50, encoding: 'gb18030', economicScope: 'basic' } });
    const doc = (await cloud.db.collection(BUDGET_COLLECTION).doc('2024-budget').get()).data as BudgetDoc;
    expect(doc.source).toEqual({ fileId, encoding: 'gb18030' });
    const view = await cloud.call<BudgetView>('public', 'getBudget', { year: 2024, type: 'budget' }, 'anonymous');
    if (!view.ok) throw new Error(view.message);
    expect(view.data).toMatchObject({ total: 28877.69, economicScope: 'basic', basicTotal: 552.89 });
    expect(view.data.functional.find((l) => l.code === '214')).toMatchObject({ name: '交通运输支出', amount: 26994.47, basic: 392.79 });
    expect(view.data.economic.find((l) => l.code === '30231')?.name).toBe('公务用车运行维护费');
    expect(view.data.threePublic.find((t) => t.item === 'vehicle_purchase')).toEqual({ item: 'vehicle_purchase', amount: 0, explanation: '' });
  });

  it('refuses the same GBK file read as UTF-8 (every name garbled) and a Big5 file, storing nothing', async () => {
    const gbk = iconv.encode(districtText, 'gbk');
    const pasted = await importAs('reviewer', { year: 2023, type: 'budget', csv: gbk.toString('utf8') });
    expect(pasted).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: expect.stringMatching(/^粘贴的内容里有乱码/) });
    const big5 = await importAs('reviewer', { year: 2023, type: 'budget', fileId: await upload(iconv.encode(districtText.replace(/交通运输/g, '交通運輸'), 'big5')) });
    expect(big5).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: expect.stringMatching(/^文件编码无法识别.*CSV UTF-8/) });
    expect(await stored('2023-budget')).toBe(0);
  });

  it('takes only the caller’s own kind of upload, one source at a time, and says when the file is gone', async () => {
    const theirs = await upload(Buffer.from(countyText), 'o-local-citizen-a', 'uploads');
    expect(await importAs('reviewer', { year: 2025, type: 'budget', fileId: theirs })).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    expect(await importAs('reviewer', { year: 2025, type: 'budget', fileId: 'cloud://local-env.local-bucket/staff/o-local-reviewer/2026/gone.csv' })).toEqual({
      ok: false,
      code: 'INVALID_ARGUMENT',
      message: '找不到上传的文件，请重新选择文件',
    });
    const both = await importAs('reviewer', { year: 2025, type: 'budget', fileId: await upload(Buffer.from(countyText)), csv: countyText });
    expect(both).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: expect.stringContaining('二者选一') });
    expect(await importAs('reviewer', { year: 2025, type: 'budget' })).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    expect(await importAs('reviewer', { year: 2025, type: 'budget', fileId: await upload(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0])) })).toMatchObject({
      ok: false,
      code: 'INVALID_ARGUMENT',
      message: expect.stringMatching(/^这是 Excel 工作簿/),
    });
    expect(await stored('2025-budget')).toBe(0);
  });
});

describe('classification codes kept current by an admin', () => {
  const withNewCode = countyText.replace(/^functional,2140106,公路养护,/m, 'functional,2140188,智慧交通建设,');

  it('refuses an unknown code with its line until an admin adds it for the year; only admins add, under a known parent, audited', async () => {
    const refused = await importAs('reviewer', { year: 2025, type: 'budget', fileId: await upload(Buffer.from(withNewCode)) });
    expect(refused).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: expect.stringMatching(/^第 11 行：功能分类科目“2140188”不在 2025 年的政府收支分类科目里。.*管理员在“导入预决算”页的“查询或补充科目”中为 2025 年添加/) });

    expect(await cloud.call('staff', 'saveBudgetCode', { year: 2025, code: '2140188', name: '智慧交通建设' }, 'reviewer')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    expect(await cloud.call('staff', 'saveBudgetCode', { year: 2025, code: '2148801', name: '无上级' }, 'admin')).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message: '上级科目“21488”不在 2025 年的科目里，请先添加上级科目' });
    expect(await cloud.call('staff', 'saveBudgetCode', { year: 2025, code: '21401881', name: '八位' }, 'admin')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: expect.stringMatching(/不是有效的科目编码/) });
    const saved = await cloud.call<BudgetCodeView>('staff', 'saveBudgetCode', { year: 2025, code: '2140188', name: '智慧交通建设' }, 'admin');
    expect(saved).toEqual({ ok: true, data: { code: '2140188', name: '智慧交通建设', classification: 'functional', origin: 'entered', fromYear: 2025 } });
    const audit = await cloud.db.collection(AUDIT_COLLECTION).where({ action: 'budget_code.save' }).get();
    expect(audit.data).toEqual([expect.objectContaining({ actor: 'o-local-admin', targetId: '2025-2140188', before: null })]);

    const listed = await cloud.call<{ items: BudgetCodeView[]; edition: string }>('staff', 'listBudgetCodes', { year: 2025 }, 'editor');
    if (!listed.ok) throw new Error(listed.message);
    expect(listed.data.items.find((c) => c.code === '2140188')).toMatchObject({ origin: 'entered', fromYear: 2025 });
    const earlier = await cloud.call<{ items: BudgetCodeView[] }>('staff', 'listBudgetCodes', { year: 2024 }, 'editor');
    expect(earlier.ok && earlier.data.items.some((c) => c.code === '2140188')).toBe(false);

    const imported = await importAs('reviewer', { year: 2025, type: 'budget', fileId: await upload(Buffer.from(withNewCode)) });
    expect(imported).toMatchObject({ ok: true, data: { id: '2025-budget', total: 5562, encoding: 'utf-8', economicScope: 'all' } });
  });
});

describe('reading budgets', () => {
  it('lists the years and shows one with its year-on-year figures, under 64 KB', async () => {
    await importAs('reviewer', { year: 2023, type: 'final', csv: csvFor(2023, 'final') });
    await importAs('reviewer', { year: 2025, type: 'final', csv: csvFor(2025, 'final') });
    const years = await cloud.call<{ items: BudgetYear[] }>('public', 'listBudgetYears', {}, 'anonymous');
    expect(years.ok && years.data.items).toEqual([{ year: 2025, types: ['budget', 'final'] }, { year: 2024, types: ['budget', 'final'] }, { year: 2023, types: ['final'] }]);
    const view = await cloud.call<BudgetView>('public', 'getBudget', { year: 2025, type: 'final' }, 'anonymous');
    if (!view.ok) throw new Error(view.message);
    expect([view.data.total, view.data.previousTotal, view.data.economicScope, view.data.basicTotal]).toEqual([8909.5, 8390.5, 'all', null]);
    expect(view.data.threePublicByYear.map((y) => y.year)).toEqual([2023, 2024, 2025]);
    expect(view.data.specialFunds).toHaveLength(7);
    expect(JSON.stringify(view.data).length).toBeLessThan(64 * 1024);
    expect(await cloud.call('public', 'getBudget', { year: 2019, type: 'final' }, 'anonymous')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});
