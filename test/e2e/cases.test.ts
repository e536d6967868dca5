import type { Page } from 'playwright-core';
import { useBrowserCloud, visibleButton } from './support/browser-cloud';

const env = useBrowserCloud();

const as = (persona: string): Promise<Page> => env.pageAs(persona);
const visible = visibleButton;

describe('asking when search finds nothing', () => {
  it('takes a question from search to an answer the person can read', async () => {
    const citizen = await as('citizenA');
    await citizen.goto(`${env.cloud.emulator.url}/#/pages/search/index?q=${encodeURIComponent('村口站牌掉了')}`);
    await visible(citizen, '提问').click();
    const text = citizen.locator('.taro_page').last().locator('textarea');
    await text.waitFor();
    expect(await text.inputValue()).toBe('村口站牌掉了');
    await text.fill('村口站牌掉了，什么时候能修好？我的电话13912345678');
    await visible(citizen, '同意把问题和答复公开').click();
    await visible(citizen, '提交').click();
    await citizen.getByText(/受理编号：\d{8}-/).waitFor();

    const staff = await as('editor');
    await staff.goto(`${env.cloud.emulator.url}/#/staff/cases/index`);
    await staff.getByText('答复期限（工作日）').waitFor();
    await visible(staff, '我来办理').click();
    await staff.getByText('承办人：editor').waitFor();
    await staff.locator('textarea:visible').fill('已安排本周内重新安装。');
    await visible(staff, '放进“答复公开”').click();
    await staff.getByRole('textbox', { name: '保密审查依据' }).fill('依据《保密法》和本局保密审查制度，经审查不涉密');
    await visible(staff, '答复并办结').click();
    await staff.getByText('已答复').first().waitFor();

    await citizen.goto(`${env.cloud.emulator.url}/#/more/my-cases/index`);
    await citizen.getByText('答复：已安排本周内重新安装。').waitFor();
    await citizen.getByText(/办理中 · 已交由承办人员办理/).waitFor();

    const visitor = await as('anonymous');
    await visitor.goto(`${env.cloud.emulator.url}/#/more/answers/index`);
    await visitor.getByText('问：村口站牌掉了，什么时候能修好？我的电话[手机号已隐藏]').waitFor();
    await visitor.getByText(/近 30 天/).waitFor();
    await visitor.getByText(/按期答复率 100%/).first().waitFor();
  });
});

describe('applying for disclosure', () => {
  it('takes an application, lets staff ask for a supplement, and the applicant supply it', async () => {
    const citizen = await as('citizenB');
    await citizen.goto(`${env.cloud.emulator.url}/#/more/disclosure/index`);
    const fields = citizen.locator('.taro_page').last().locator('input');
    await fields.nth(0).fill('李小红');
    await fields.nth(1).fill('330122199001011234');
    await fields.nth(2).fill('13800001111');
    await fields.nth(3).fill('清溪县城关镇人民路 1 号');
    const areas = citizen.locator('.taro_page').last().locator('textarea');
    await areas.nth(0).fill('请公开 2026 年城乡公交运营补贴的核算依据。');
    await fields.nth(5).fill('了解补贴标准');
    await visible(citizen, '提交申请').click();
    await citizen.getByText(/受理编号：\d{8}-/).waitFor();

    const staff = await as('reviewer');
    await staff.goto(`${env.cloud.emulator.url}/#/staff/cases/index`);
    const card = staff.locator('.card', { hasText: '城乡公交运营补贴的核算依据' });
    // Masked until a deliberate tap, which the server records.
    await card.getByText(/申请人：李小红/).waitFor();
    await card.getByText('证件号码：3301**********1234').waitFor();
    await card.locator('.web-button', { hasText: '查看' }).first().click();
    await card.getByText('证件号码：330122199001011234').waitFor();
    await card.locator('textarea').fill('请写明是哪一条公交线路');
    await card.locator('.web-button', { hasText: '要求补正' }).click();
    await staff.getByText('已通知申请人补正，期限暂停').waitFor();

    await citizen.goto(`${env.cloud.emulator.url}/#/more/my-cases/index`);
    await citizen.getByText('需要补正：请写明是哪一条公交线路').first().waitFor();
    await citizen.getByRole('textbox', { name: '按要求补正的内容' }).fill('3 路');
    await visible(citizen, '提交补正').click();
    await citizen.getByText('已补正，答复期限从今天重新计算').waitFor();
  });
});
