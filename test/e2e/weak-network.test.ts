// On a weak network: the app's files arrive compressed, a slow answer is said to be slow while the
// saved feed shows at once, a page whose code cannot be fetched offers 重试 instead of doing nothing,
// and a reload without network opens the app from the service worker's copy.
import { type Server, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FEED_COLLECTION } from '#types/models/feed';
import { feedDoc } from '../support/builders';
import { phoneContext } from './support/browser';
import { useBrowserCloud } from './support/browser-cloud';

const env = useBrowserCloud();
const TITLE = '公开事项：城东路面修补';

beforeAll(async () => {
  await env.cloud.db.collection(FEED_COLLECTION).where({ _id: env.cloud.db.command.exists(true) }).remove();
  await env.cloud.db.collection(FEED_COLLECTION).add({ data: feedDoc({ title: TITLE, publishedAt: new Date(Date.UTC(2026, 5, 1)) }) });
});

/** The local cloud behind a switch: while down, every connection is dropped, for the page and its
 * service worker alike (the browser's offline emulation does not reach a service worker's fetches). */
interface Line {
  url: string;
  down: boolean;
  close(): Promise<void>;
}

async function lineTo(target: string): Promise<Line> {
  const { hostname, port } = new URL(target);
  const line = { down: false } as Line;
  const server: Server = createServer((req, res) => {
    if (line.down) return void req.socket.destroy();
    const upstream = request({ hostname, port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  line.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  line.close = () => new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  return line;
}

describe('the H5 app on a weak network', () => {
  it('arrives brotli-compressed, its hashed files cached for a year', async () => {
    const page = await (await phoneContext(env.browser)).newPage();
    const scripts: Array<{ url: string; encoding?: string; cache?: string }> = [];
    page.on('response', (res) => {
      if (res.url().endsWith('.js')) scripts.push({ url: res.url(), encoding: res.headers()['content-encoding'], cache: res.headers()['cache-control'] });
    });
    await page.goto(`${env.cloud.emulator.url}/#/pages/index/index`);
    await page.getByText(TITLE).waitFor();
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toEqual({ url: script.url, encoding: 'br', cache: 'public, max-age=31536000, immutable' });
  });

  it('shows the saved feed at once while a hanging server is slow, and says the network is slow after 3 s', async () => {
    const context = await phoneContext(env.browser);
    const page = await context.newPage();
    await page.goto(`${env.cloud.emulator.url}/#/pages/index/index`);
    await page.getByText(TITLE).waitFor();
    await page.route('**/api/public', () => undefined); // never answered
    await page.reload();
    await page.getByText(/正在更新，下面是上次保存于.*的内容/).waitFor({ timeout: 2_000 });
    await page.getByText(TITLE).waitFor({ timeout: 2_000 });
    await page.getByText('网络较慢，正在加载…').waitFor({ timeout: 6_000 });
    await context.close();
  });

  it('offers 重试 when a page’s code cannot be fetched offline, and opens it once back online', async () => {
    const line = await lineTo(env.cloud.emulator.url);
    const context = await phoneContext(env.browser);
    const page = await context.newPage();
    await page.goto(`${line.url}/#/pages/index/index`);
    await page.getByText(TITLE).waitFor();
    line.down = true;
    await page.getByText('预决算', { exact: true }).click();
    await page.getByText('网络不给力，页面没有打开').waitFor();
    line.down = false;
    await page.getByText('重试', { exact: true }).click();
    await page.getByText('还没有公开预决算').waitFor();
    expect(page.url()).toContain('#/more/budgets/index');
    await context.close();
    await line.close();
  });

  it('opens again from the phone when reloaded offline (service worker), with the saved feed marked', async () => {
    const line = await lineTo(env.cloud.emulator.url);
    const context = await phoneContext(env.browser);
    const page = await context.newPage();
    await page.goto(`${line.url}/#/pages/index/index`);
    await page.getByText(TITLE).waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    line.down = true;
    expect((await page.reload())?.fromServiceWorker()).toBe(true);
    await page.getByText(/网络不给力，下面是.*保存的内容/).waitFor();
    await page.getByText(TITLE).waitFor();
    line.down = false;
    // A page the worker controls still meets the test's own routing of function calls.
    await page.route('**/api/public', (route) => route.abort('internetdisconnected'));
    await page.reload();
    await page.getByText(/网络不给力，下面是.*保存的内容/).waitFor();
    await context.close();
    await line.close();
  });
});

