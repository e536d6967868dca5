// The home feed's first page is asked for by index.html's inline script while the app's code is still
// on its way, and the app takes that answer instead of asking again: one request on a first load, sent
// before the app's code asks for anything; none from other pages; a lost early request is retried.
import type { Page, Request } from 'playwright-core';
import { FEED_COLLECTION } from '#types/models/feed';
import { feedDoc } from '../support/builders';
import { phoneContext } from './support/browser';
import { useBrowserCloud } from './support/browser-cloud';

const env = useBrowserCloud();
const TITLE = '公开事项：早到的第一页';

beforeAll(async () => {
  await env.cloud.db.collection(FEED_COLLECTION).where({ _id: env.cloud.db.command.exists(true) }).remove();
  await env.cloud.db.collection(FEED_COLLECTION).add({ data: feedDoc({ title: TITLE, publishedAt: new Date(Date.UTC(2026, 5, 1)) }) });
});

const isFirstFeedPage = (req: Request): boolean => {
  const body = req.postData() ?? '';
  return req.url().endsWith('/api/public') && body.includes('"listFeed"') && !body.includes('cursor');
};

/** Every request of a fresh phone page, in the order sent. */
async function recordedPage(): Promise<{ page: Page; sent: Request[] }> {
  const page = await (await phoneContext(env.browser)).newPage();
  const sent: Request[] = [];
  page.on('request', (req) => sent.push(req));
  return { page, sent };
}

describe('the home feed’s first page on a first load', () => {
  it('is asked for once, by index.html while the app’s code is held back, and shown', async () => {
    const { page, sent } = await recordedPage();
    // Every script is held until the feed's request goes out (or 3 s pass): a request that needed the app's
    // code could only be sent after the hold, and would come second.
    const order: string[] = [];
    let feedSent: () => void = () => {};
    const feedGone = new Promise<void>((resolve) => (feedSent = resolve));
    page.on('request', (req) => {
      if (isFirstFeedPage(req)) {
        order.push('feed');
        feedSent();
      }
    });
    await page.route('**/*.js', async (route) => {
      await Promise.race([feedGone, new Promise((resolve) => setTimeout(resolve, 3000))]);
      order.push('script');
      await route.continue();
    });
    await page.goto(`${env.cloud.emulator.url}/#/pages/index/index`);
    await page.getByText(TITLE).waitFor();
    expect(sent.filter(isFirstFeedPage)).toHaveLength(1);
    expect(order[0]).toBe('feed');
  });

  it('is asked for once when the address has no route (the home page opens)', async () => {
    const { page, sent } = await recordedPage();
    await page.goto(`${env.cloud.emulator.url}/`);
    await page.getByText(TITLE).waitFor();
    expect(sent.filter(isFirstFeedPage)).toHaveLength(1);
  });

  it('is not asked for when another page is opened first', async () => {
    const { page, sent } = await recordedPage();
    // The inline script runs while index.html is read, long before the page settles.
    await page.goto(`${env.cloud.emulator.url}/#/pages/glossary/index`, { waitUntil: 'networkidle' });
    expect(sent.some((req) => req.url().endsWith('/api/public'))).toBe(true);
    expect(sent.filter(isFirstFeedPage)).toHaveLength(0);
  });

  it('is asked for again by the app when the early request is lost', async () => {
    const { page, sent } = await recordedPage();
    let lost = 0;
    await page.route('**/api/public', (route) => {
      if (isFirstFeedPage(route.request()) && lost === 0) {
        lost += 1;
        return route.abort('internetdisconnected');
      }
      return route.continue();
    });
    await page.goto(`${env.cloud.emulator.url}/#/pages/index/index`);
    await page.getByText(TITLE).waitFor();
    expect(lost).toBe(1);
    expect(sent.filter(isFirstFeedPage)).toHaveLength(2);
  });
});
