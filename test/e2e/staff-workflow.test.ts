import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useBrowserCloud, visibleButton } from './support/browser-cloud';

const env = useBrowserCloud();

const as = (persona: string): Promise<Page> => env.pageAs(persona);
const visible = visibleButton;

describe('publishing through the staff pages', () => {
  it('an editor drafts a Q&A, a reviewer publishes it, and citizens can read it', async () => {
    const editor = await as('editor');
    await editor.goto(`${env.cloud.emulator.url}/#/pages/mine/index`);
    await visible(editor, '内容管理').click();
    await visible(editor, '新建问答').click();
    await editor.locator('.field', { hasText: '问题' }).locator('input').fill('公交卡丢了怎么办？');
    await editor.locator('.field', { hasText: '回答' }).locator('textarea').fill('带身份证到公交公司挂失补办。');
    await visible(editor, '保存并提交审核').click();
    await editor.locator('.card__title:visible', { hasText: '公交卡丢了怎么办？' }).waitFor();

    const reviewer = await as('reviewer');
    await reviewer.goto(`${env.cloud.emulator.url}/#/staff/content/index`);
    await reviewer.locator('.card__title:visible', { hasText: '公交卡丢了怎么办？' }).click();
    await visible(reviewer, '通过并发布').click();
    await reviewer.getByText('发布前须完成保密审查：请填写审查依据并选择审查结论').filter({ visible: true }).first().waitFor();
    await reviewer.getByRole('textbox', { name: '保密审查依据' }).fill('依据《保密法》和本局保密审查制度，经审查不涉密');
    await visible(reviewer, '通过并发布').click();
    await reviewer.getByText('已发布', { exact: true }).filter({ visible: true }).first().waitFor();

    const citizen = await as('citizenA');
    await citizen.goto(`${env.cloud.emulator.url}/#/pages/qa/index`);
    await citizen.getByText('问：公交卡丢了怎么办？').waitFor();
  });

  it('checks the form in the browser with the server’s own rules before sending', async () => {
    const editor = await as('editor');
    await editor.goto(`${env.cloud.emulator.url}/#/staff/edit/index?kind=term`);
    await visible(editor, '保存草稿').click();
    await editor.getByText('「术语」不能为空').waitFor();
  });

  it('uploads an explainer image from the browser to cloud storage', async () => {
    const editor = await as('editor');
    await editor.goto(`${env.cloud.emulator.url}/#/staff/edit/index?kind=policy`);
    const [chooser] = await Promise.all([editor.waitForEvent('filechooser'), visible(editor, '添加图解').click()]);
    await chooser.setFiles({ name: 'diagram.png', mimeType: 'image/png', buffer: readFileSync(join(__dirname, '..', '..', 'src', 'assets', 'tab-home.png')) });
    // The image is listed only after the gateway stored it and answered with its fileID.
    await visible(editor, '图解 1（点按移除）').waitFor();
  });

  it('shows a citizen who opens a staff page that they may not', async () => {
    const citizen = await as('citizenA');
    await citizen.goto(`${env.cloud.emulator.url}/#/staff/content/index`);
    await citizen.getByText('没有权限执行此操作').waitFor();
  });
});
