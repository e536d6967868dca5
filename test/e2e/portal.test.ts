// The county portal's column: the same H5 build served under /portal/, calling only the HTTP access
// paths a deployment creates there (/portal/api/public, /portal/api/search), as an anonymous visitor.
// Reading and searching work; nothing reaches the local server's /api/ (the developer sign-in included,
// so the persona switcher never shows), and a person's actions say to open the mini-program first.
import type { Page, Request } from 'playwright-core';
import { policyInput } from '../support/builders';
import { publish } from '../support/workflow-steps';
import { phoneContext } from './support/browser';
import { useBrowserCloud } from './support/browser-cloud';

const TITLE = '清溪县门户栏目测试：农村客运票价调整办法';
let policyId = '';
const env = useBrowserCloud(async (cloud) => {
  policyId = (await publish(cloud, 'policy', policyInput({ title: TITLE }))).targetId;
});

/** A visitor's phone page with every request it sends recorded. */
async function visitor(): Promise<{ page: Page; sent: Request[] }> {
  const context = await phoneContext(env.browser);
  await context.clock.install({ time: env.cloud.now() });
  const page = await context.newPage();
  const sent: Request[] = [];
  page.on('request', (req) => sent.push(req));
  return { page, sent };
}

const paths = (sent: Request[]): string[] => sent.map((req) => new URL(req.url()).pathname);

describe('the H5 build under /portal/', () => {
  it('loads its code from /portal/ and reads the feed and a policy through /portal/api/public only', async () => {
    const { page, sent } = await visitor();
    await page.goto(`${env.cloud.emulator.url}/portal/`);
    await page.getByText(TITLE).first().waitFor();
    await page.goto(`${env.cloud.emulator.url}/portal/#/pages/policy/index?id=${policyId}`);
    await page.getByRole('heading', { name: TITLE }).or(page.getByText(TITLE).first()).first().waitFor();
    const seen = paths(sent);
    expect(seen.filter((p) => p.endsWith('.js')).every((p) => p.startsWith('/portal/js/'))).toBe(true);
    expect(seen).toContain('/portal/api/public');
    expect(seen.filter((p) => p.startsWith('/api/'))).toEqual([]);
  });

  it('searches through /portal/api/search', async () => {
    const { page, sent } = await visitor();
    await page.goto(`${env.cloud.emulator.url}/portal/#/pages/search/index?q=${encodeURIComponent('农村客运票价')}`);
    await page.getByText(TITLE).first().waitFor();
    expect(paths(sent)).toContain('/portal/api/search');
    expect(paths(sent).filter((p) => p.startsWith('/api/'))).toEqual([]);
  });

  it('shows no developer persona switcher and tells a visitor to open the mini-program before they type a question', async () => {
    const { page, sent } = await visitor();
    await page.goto(`${env.cloud.emulator.url}/portal/#/pages/mine/index`);
    await page.getByText('未登录').first().waitFor();
    expect(await page.getByText('本地调试').count()).toBe(0);
    await page.goto(`${env.cloud.emulator.url}/portal/#/more/ask/index`);
    await page.getByText('要在微信里打开本小程序才能提问', { exact: false }).first().waitFor();
    await page.getByText('用微信扫一扫上面的小程序码').waitFor();
    const code = await page.locator('.visitor-code img').first().getAttribute('src');
    expect(code).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(paths(sent)).not.toContain('/api/_dev');
  });
});

describe('the portal’s API paths', () => {
  it('answer a browser on another origin: a preflight, then the call without cookies', async () => {
    const preflight = await fetch(`${env.cloud.emulator.url}/portal/api/public`, { method: 'OPTIONS', headers: { origin: 'https://www.example.gov.cn', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    const called = await fetch(`${env.cloud.emulator.url}/portal/api/search`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://www.example.gov.cn' }, body: JSON.stringify({ action: 'search', payload: { q: '票价' } }) });
    expect(called.headers.get('access-control-allow-origin')).toBe('*');
    expect(((await called.json()) as { ok: boolean }).ok).toBe(true);
  });
});
