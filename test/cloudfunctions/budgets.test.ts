import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BudgetView, BudgetYear } from '#types/api/budget-views';
import { AUDIT_COLLECTION } from '#types/models/audit';
import { BUDGET_COLLECTION } from '#types/models/budget';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';

let cloud: ProductCloud;
// The demo files name demo projects; these tests have none, so the project column is emptied.
const csvFor = (year: number, type: string): string =>
  readFileSync(join(__dirname, `../../scripts/demo/budgets/${year}-${type}.csv`), 'utf8').replace(/project-x-[a-z0-9-]+/g, '').replace(/ +,/g, ',');

beforeAll(async () => {
  cloud = await startProductCloud();
});
afterAll(() => cloud.emulator.stop());

const importAs = (as: 'reviewer' | 'editor', payload: Record<string, unknown>) => cloud.call<{ id: string; total: number; lines: number }>('staff', 'importBudget', payload, as);

describe('importing budget figures', () => {
  it('imports a checked year, audited, and refuses the same year again unless replacing', async () => {
    expect(await importAs('editor', { year: 2024, type: 'final', csv: csvFor(2024, 'final') })).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    const first = await importAs('reviewer', { year: 2024, type: 'final', csv: csvFor(2024, 'final') });
    expect(first).toMatchObject({ ok: true, data: { id: '2024-final', total: 8390.5 } });
    expect(await importAs('reviewer', { year: 2024, type: 'final', csv: csvFor(2024, 'final') })).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION' });
    expect((await importAs('reviewer', { year: 2024, type: 'final', csv: csvFor(2024, 'final'), replace: true })).ok).toBe(true);
    const audit = await cloud.db.collection(AUDIT_COLLECTION).where({ targetId: '2024-final' }).get();
    expect(audit.data.map((a: { action: string }) => a.action).sort()).toEqual(['budget.import', 'budget.replace']);
  });

  it('rejects a file that does not add up and stores nothing of it', async () => {
    const broken = csvFor(2025, 'final').replace(/^functional,2140106,公路养护,[\d.]+,/m, 'functional,2140106,公路养护,1.00,');
    const res = await importAs('reviewer', { year: 2025, type: 'final', csv: broken });
    expect(res).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: expect.stringMatching(/（21401 公路水路运输）：下级合计/) });
    expect((await cloud.db.collection(BUDGET_COLLECTION).where({ _id: '2025-final' }).count()).total).toBe(0);
  });

  it('rejects a line that names a project that does not exist', async () => {
    const csv = csvFor(2025, 'final').replace(/^(functional,2140104,公路建设,[\d.]+,21401,[^,]*,)/m, '$1project-x-nope');
    expect(await importAs('reviewer', { year: 2025, type: 'final', csv })).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: expect.stringContaining('project-x-nope') });
  });
});

describe('reading budgets', () => {
  it('lists the years and shows one with its year-on-year figures, under 64 KB', async () => {
    await importAs('reviewer', { year: 2023, type: 'final', csv: csvFor(2023, 'final') });
    await importAs('reviewer', { year: 2025, type: 'final', csv: csvFor(2025, 'final') });
    await importAs('reviewer', { year: 2025, type: 'budget', csv: csvFor(2025, 'budget') });
    const years = await cloud.call<{ items: BudgetYear[] }>('public', 'listBudgetYears', {}, 'anonymous');
    expect(years.ok && years.data.items).toEqual([{ year: 2025, types: ['budget', 'final'] }, { year: 2024, types: ['final'] }, { year: 2023, types: ['final'] }]);
    const view = await cloud.call<BudgetView>('public', 'getBudget', { year: 2025, type: 'final' }, 'anonymous');
    if (!view.ok) throw new Error(view.message);
    expect([view.data.total, view.data.previousTotal]).toEqual([8909.5, 8390.5]);
    expect(view.data.threePublicByYear.map((y) => y.year)).toEqual([2023, 2024, 2025]);
    expect(view.data.specialFunds).toHaveLength(7);
    expect(JSON.stringify(view.data).length).toBeLessThan(64 * 1024);
    expect(await cloud.call('public', 'getBudget', { year: 2019, type: 'final' }, 'anonymous')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});
