import { noticeInput } from '../support/builders';
import { runJobsUntilDone } from '../support/run-jobs';
import { publish } from '../support/workflow-steps';
import { useBrowserCloud, visibleButton } from './support/browser-cloud';

const env = useBrowserCloud();

describe('notices in the browser', () => {
  it('lets a citizen choose topics in one tap and a village from the list, and read a pushed notice in the notice centre', async () => {
    const citizen = await env.pageAs('citizenA');
    await citizen.goto(`${env.cloud.emulator.url}/#/more/notice-settings/index`);
    const bus = visibleButton(citizen, '公交线路调整');
    await bus.waitFor();
    expect(await bus.getAttribute('aria-pressed')).toBe('false');
    await bus.click();
    await citizen.getByText('已保存').waitFor();
    expect(await visibleButton(citizen, '公交线路调整').getAttribute('aria-pressed')).toBe('true');
    await citizen.getByText(/网页版收不到微信提醒/).waitFor();

    // 关心哪里: a village is picked township first from the county's list, never typed; then back to 全县.
    expect(await citizen.locator('input[aria-label="乡镇/村"]').count()).toBe(0);
    await visibleButton(citizen, '石门乡').nth(1).click();
    await visibleButton(citizen, '石门村').click();
    await citizen.getByText('已选：石门乡石门村').waitFor();
    expect(await visibleButton(citizen, '石门村').getAttribute('aria-pressed')).toBe('true');
    await visibleButton(citizen, '全县').click();
    await citizen.getByText('已选：石门乡石门村').waitFor({ state: 'detached' });

    const { targetId } = await publish(env.cloud, 'notice', noticeInput({ title: 'S205清溪段半幅封闭', township: '城关镇' }));
    await runJobsUntilDone(env.cloud.emulator);

    await citizen.goto(`${env.cloud.emulator.url}/#/pages/notices/index`);
    const card = citizen.locator('.taro_page').last().locator('.card', { hasText: 'S205清溪段半幅封闭' });
    await card.getByText('未读').waitFor();
    await card.click();
    await citizen.getByText('影响范围：城关镇全镇').waitFor();
    await citizen.getByText(/请绕行X012线/).waitFor();

    const staff = await env.pageAs('editor');
    await staff.goto(`${env.cloud.emulator.url}/#/staff/notices/index`);
    await visibleButton(staff, '查看发送报告').first().click();
    await staff.getByText(/接收人 \d+ 人 · 已发完/).waitFor();
    await staff.getByText('通知标题：S205清溪段半幅封闭').waitFor();
    expect(targetId).toMatch(/^notice-/);
  });
});
