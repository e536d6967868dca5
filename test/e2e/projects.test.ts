import { projectInput } from '../support/builders';
import { CONFIDENTIALITY } from '../support/workflow-steps';
import { useBrowserCloud } from './support/browser-cloud';

const env = useBrowserCloud(async (cloud) => {
  const res = await cloud.call('staff', 'importContent', { items: [{ kind: 'project', externalId: 'bridge', content: projectInput({ name: '清溪大桥危桥改造' }) }], confidentiality: CONFIDENTIALITY }, 'admin');
  if (!res.ok) throw new Error(res.message);
  // Mid-November 2026: the fixture's September-October milestones and disclosure clocks have come due.
}, { at: '2026-11-16T10:00:00+08:00' });

describe('following a project', () => {
  it('goes from the home page to a project’s progress, milestones and disclosure', async () => {
    // Following needs someone signed in: a browser that picked no persona is anonymous.
    const page = await env.pageAs('citizenA');
    await page.goto(`${env.cloud.emulator.url}/#/pages/index/index`);
    await page.getByText('项目进展', { exact: true }).click();
    await page.getByText('全部类型').waitFor();
    await page.locator('.taro_page').last().locator('.card__title', { hasText: '清溪大桥危桥改造' }).click();
    await page.getByText('信息公开 3/8 类').waitFor();
    await page.getByText('上部结构（占40%） · 滞后').waitFor();
    await page.locator('[aria-label="总体进度"][aria-valuenow="60"]').waitFor();
    await page.getByText('已超期').first().waitFor();
    await page.locator('.web-button', { hasText: '关注这个项目' }).click();
    await page.getByText('已关注，新进展会出现在通知中心').waitFor();
  });
});
