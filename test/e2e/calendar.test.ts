import { useBrowserCloud, visibleButton } from './support/browser-cloud';

// 4 December 2026: next year's holidays are not announced in the library.
const env = useBrowserCloud(undefined, { at: '2026-12-04T10:00:00+08:00' });

describe('the holiday calendar the legal clocks count on', () => {
  it('tells staff next year is missing, and an admin enters it from the notice', async () => {
    const editor = await env.pageAs('editor');
    await editor.goto(`${env.cloud.emulator.url}/#/staff/content/index`);
    await editor.getByText('2027 年的法定节假日安排还没有录入', { exact: false }).first().waitFor();

    const admin = await env.pageAs('admin');
    await admin.goto(`${env.cloud.emulator.url}/#/staff/calendar/index`);
    await admin.getByText('2026 年（内置）').waitFor();
    await admin.locator('.field', { hasText: '放假安排' }).locator('textarea').fill('元旦 2027-01-01 至 2027-01-03\n春节 2027-02-06 至 2027-02-13');
    await admin.locator('.field', { hasText: '调休上班日' }).locator('textarea').fill('2027-02-15');
    await admin.locator('.field', { hasText: '通知文号' }).locator('input').fill('国务院办公厅关于2027年部分节假日安排的通知');
    await visibleButton(admin, '保存').click();
    // Checked in the browser with the function's rule: a Monday cannot be a make-up working day.
    await admin.getByText('调休上班日 2027-02-15 不是周六或周日', { exact: false }).waitFor();
    await admin.locator('.field', { hasText: '调休上班日' }).locator('textarea').fill('2027-02-14 2027-02-20');
    await visibleButton(admin, '保存').click();
    await admin.getByText('已保存 2027 年的安排', { exact: false }).waitFor();
    await admin.getByText('2027 年（已录入）').waitFor();
  });
});
