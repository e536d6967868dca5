import type { Page } from 'playwright-core';
import { FEED_COLLECTION } from '#types/models/feed';
import { feedDoc } from '../support/builders';
import { phoneContext } from './support/browser';
import { useBrowserCloud } from './support/browser-cloud';

const env = useBrowserCloud();
beforeEach(async () => {
  await env.cloud.db.collection(FEED_COLLECTION).where({ _id: env.cloud.db.command.exists(true) }).remove();
});

async function seed(count: number): Promise<string[]> {
  const titles: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const doc = feedDoc({ title: `公开事项第${i + 1}条`, publishedAt: new Date(Date.UTC(2026, 5, 1) + i * 3600_000) });
    titles.push(doc.title);
    await env.cloud.db.collection(FEED_COLLECTION).add({ data: doc });
  }
  return titles.reverse(); // newest first
}

async function openHome(): Promise<Page> {
  const page = await (await phoneContext(env.browser)).newPage();
  await page.goto(`${env.cloud.emulator.url}/#/pages/index/index`);
  return page;
}

const cardTitles = (page: Page): Promise<string[]> => page.locator('.card__title').allTextContents();

describe('the home page in a browser', () => {
  it('lists the latest published items read through the public function, newest first', async () => {
    const titles = await seed(3);
    const page = await openHome();
    await page.getByText(titles[0] as string).waitFor();
    expect(await cardTitles(page)).toEqual(titles);
    await expect(page.getByText('已经到底了').isVisible()).resolves.toBe(true);
  });

  it('pages with 加载更多 until the end', async () => {
    const titles = await seed(25);
    const page = await openHome();
    await page.getByText(titles[0] as string).waitFor();
    expect(await page.locator('.card').count()).toBe(20);
    await page.locator('.web-button', { hasText: '加载更多' }).click();
    await page.getByText(titles[24] as string).waitFor();
    expect(await cardTitles(page)).toEqual(titles);
    await page.getByText('已经到底了').waitFor();
  });

  it('has buttons and links a keyboard reaches and presses, and a screen reader names by their role', async () => {
    const titles = await seed(25);
    const page = await openHome();
    await page.getByText(titles[0] as string).waitFor();
    const more = page.getByRole('button', { name: '加载更多' });
    await more.focus();
    await expect(more.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press(' ');
    await page.getByText(titles[24] as string).waitFor();
    await page.getByRole('link', { name: /政策文件/ }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/pages\/policies\/index/);
  });

  it('says so when there is nothing yet', async () => {
    const page = await openHome();
    await page.getByText('暂时还没有发布的内容').waitFor();
  });

  it('shows an error with a retry when the network fails, and recovers', async () => {
    const titles = await seed(2);
    const context = await phoneContext(env.browser);
    const page = await context.newPage();
    await page.route('**/api/public', (route) => route.abort('internetdisconnected'));
    await page.goto(`${env.cloud.emulator.url}/#/pages/index/index`);
    await page.getByText('网络不给力，请检查网络后重试').waitFor();
    await page.unroute('**/api/public');
    await page.locator('.web-button', { hasText: '重试' }).click();
    await page.getByText(titles[0] as string).waitFor();
  });

  it('keeps showing the last page seen when the network later fails, marked as saved content', async () => {
    const titles = await seed(2);
    const context = await phoneContext(env.browser);
    const page = await context.newPage();
    await page.goto(`${env.cloud.emulator.url}/#/pages/index/index`);
    await page.getByText(titles[0] as string).waitFor();
    await page.route('**/api/public', (route) => route.abort('internetdisconnected'));
    await page.reload();
    await page.getByText(/网络不给力，下面是.*保存的内容/).waitFor();
    expect(await cardTitles(page)).toEqual(titles);
  });
});

describe('elder mode', () => {
  it('enlarges text and tap targets, and is remembered', async () => {
    await seed(1);
    const page = await openHome();
    const title = page.locator('.card__title').first();
    await title.waitFor();
    const before = await title.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await page.goto(`${env.cloud.emulator.url}/#/pages/mine/index`);
    await page.getByText('长辈模式').first().click();
    await page.goto(`${env.cloud.emulator.url}/#/pages/index/index`);
    await page.reload();
    const titleAfter = page.locator('.card__title').first();
    await titleAfter.waitFor();
    const after = await titleAfter.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const body = await page.locator('.card__summary').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(after).toBeGreaterThan(before);
    expect(body).toBeGreaterThanOrEqual(18);
    await page.goto(`${env.cloud.emulator.url}/#/pages/mine/index`);
    const switchRow = await page.locator('[aria-label="长辈模式"]').boundingBox();
    expect(switchRow?.height).toBeGreaterThanOrEqual(60);
  });
});

describe('staff pages', () => {
  it('let an admin persona open the staff team page, and hide it from citizens', async () => {
    const page = await env.pageAs('citizenA');
    await page.goto(`${env.cloud.emulator.url}/#/pages/mine/index`);
    await page.getByText('微信用户').waitFor();
    expect(await page.getByText('工作人员管理').count()).toBe(0);
    await page.locator('.web-button', { hasText: '管理员（工作人员）' }).click();
    await page.locator('.web-button', { hasText: '工作人员管理' }).click();
    await page.getByText(/工作人员（\d+）/).waitFor();
    expect(await page.locator('.card__title').allTextContents()).toEqual(expect.arrayContaining(['admin', 'editor', 'reviewer']));
  });
});
