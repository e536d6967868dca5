import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIDENTIALITY } from '../support/workflow-steps';
import { useBrowserCloud, visibleButton } from './support/browser-cloud';

const csvFor = (year: number, type: string): string =>
  readFileSync(join(__dirname, `../../scripts/demo/budgets/${year}-${type}.csv`), 'utf8').replace(/project-x-[a-z0-9-]+/g, '').replace(/ +,/g, ',');

const env = useBrowserCloud(async (cloud) => {
  for (const year of [2024, 2025]) {
    const res = await cloud.call('staff', 'importBudget', { year, type: 'final', csv: csvFor(year, 'final'), confidentiality: CONFIDENTIALITY }, 'reviewer');
    if (!res.ok) throw new Error(res.message);
  }
});

describe('budgets in the browser', () => {
  it('shows a year’s final accounts with year-on-year figures and tables, and lets a reviewer import another', async () => {
    const page = await env.pageAs('anonymous');
    await page.goto(`${env.cloud.emulator.url}/#/more/budgets/index`);
    await page.getByText('2025 年决算支出合计 8,909.50 万元').waitFor();
    await page.getByText(/比上年增加 6.2%/).waitFor();
    await page.locator('[role="table"][aria-label="三公经费逐年对比"]').waitFor({ state: 'attached' });
    await page.getByText('交通运输支出：8,662.30 万元（97.2%）').first().click();
    await page.getByText(/^公路水路运输：/).first().click();
    await page.getByText(/公路建设：[\d,.]+ 万元/).first().waitFor();

    const staff = await env.pageAs('reviewer');
    await staff.goto(`${env.cloud.emulator.url}/#/staff/budget-import/index`);
    await staff.getByRole('textbox', { name: '保密审查依据' }).fill('依据《保密法》和本局保密审查制度，经审查不涉密');
    await staff.locator('.field:visible', { hasText: '或粘贴 CSV 内容' }).locator('textarea').fill(csvFor(2025, 'final').replace(/^functional,2140106,公路养护,[\d.]+,/m, 'functional,2140106,公路养护,1.00,'));
    await staff.getByRole('spinbutton', { name: '年度' }).or(staff.getByRole('textbox', { name: '年度' })).first().fill('2026');
    await visibleButton(staff, '检查并导入').click();
    await staff.getByText(/（21401 公路水路运输）：下级合计/).waitFor();
  });
});
