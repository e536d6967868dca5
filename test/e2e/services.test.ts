import { serviceInput } from '../support/builders';
import { publish } from '../support/workflow-steps';
import { useBrowserCloud, visibleButton } from './support/browser-cloud';

const env = useBrowserCloud(async (cloud) => {
  await publish(cloud, 'service', serviceInput({ name: '网络预约出租汽车驾驶员证核发' }));
});

describe('following a service guide', () => {
  it('finds a guide by what the person wants to do, keeps the ticked checklist, and takes a rating', async () => {
    const page = await env.pageAs('citizenA');
    await page.goto(`${env.cloud.emulator.url}/#/more/services/index`);
    await visibleButton(page, '开网约车').click();
    await page.locator('.taro_page').last().locator('.card__title', { hasText: '网络预约出租汽车驾驶员证核发' }).click();
    await page.getByText('第 1 步：报名考试').waitFor();
    await visibleButton(page, '身份证').click();
    await page.getByText('已备齐 1/2 项（勾选会保存在手机上）').waitFor();

    await page.reload();
    await page.getByText('已备齐 1/2 项（勾选会保存在手机上）').waitFor();
    expect(await visibleButton(page, '身份证').getAttribute('aria-pressed')).toBe('true');

    await visibleButton(page, '非常满意').click();
    await visibleButton(page, '提交评价').click();
    await page.getByText('谢谢你的评价').waitFor();
    await page.getByText('1 人评价，平均 5 分（满分 5 分）').waitFor();
  });
});
