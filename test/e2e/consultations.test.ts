import { consultationInput } from '../support/builders';
import { publish } from '../support/workflow-steps';
import { useBrowserCloud, visibleButton } from './support/browser-cloud';

let id = '';
const env = useBrowserCloud(async (cloud) => {
  id = (await publish(cloud, 'consultation', consultationInput())).targetId;
});

describe('taking part in a consultation', () => {
  it('lets a citizen comment on one part, read it back unnamed, and staff see it to moderate', async () => {
    const citizen = await env.pageAs('citizenA');
    await citizen.goto(`${env.cloud.emulator.url}/#/more/consultations/index`);
    await citizen.locator('.taro_page').last().locator('.card__title', { hasText: '农村公路养护管理办法' }).click();
    await citizen.getByText('第二章 养护资金').waitFor();
    await visibleButton(citizen, '提意见 / 看意见（0）').nth(1).click();
    await citizen.locator('textarea:visible').fill('每公里 1 万元不够，建议山区村道提高到 1.5 万元。');
    await visibleButton(citizen, '提交意见').click();
    await citizen.getByText('已收到，谢谢你的意见').waitFor();
    await citizen.locator('.comment', { hasText: '建议山区村道提高到 1.5 万元' }).waitFor();

    const staff = await env.pageAs('reviewer');
    await staff.goto(`${env.cloud.emulator.url}/#/staff/consultation/index?id=${id}`);
    await staff.getByText('已公开 · 第 2 部分').waitFor();
    await staff.getByText('每公里 1 万元不够，建议山区村道提高到 1.5 万元。').waitFor();
  });
});
