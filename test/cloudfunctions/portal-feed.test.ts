// The county portal's column, through the local stand-in for the HTTP access service (/portal → public):
// the feeds a CMS pulls, with canonical web links and XML that parses whatever the titles hold, and the
// app's actions answered as an anonymous visitor (reading works, a person's actions say to sign in).
import { Parser } from 'htmlparser2';
import { policyInput } from '../support/builders';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';
import { publish } from '../support/workflow-steps';

let cloud: ProductCloud;
let policyId: string;
const TITLE = '关于“村村通”客运班线 <试行> & 票价的通知';

beforeAll(async () => {
  cloud = await startProductCloud({ at: '2026-05-06T10:00:00+08:00' });
  policyId = (await publish(cloud, 'policy', policyInput({ title: TITLE }))).targetId;
});
afterAll(() => cloud.emulator.stop());

const get = (path: string, init?: RequestInit) => fetch(`${cloud.emulator.url}${path}`, init);

/** Each <item> of an RSS document, read with a real XML parser. */
function rssItems(xml: string): Record<string, string>[] {
  const items: Record<string, string>[] = [];
  let item: Record<string, string> | null = null;
  let field = '';
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'item') item = {};
        else field = name;
      },
      ontext(text) {
        if (item && field) item[field] = (item[field] ?? '') + text;
      },
      onclosetag(name) {
        if (name === 'item' && item) items.push(item), (item = null);
        field = '';
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return items;
}

describe('portal feeds', () => {
  it('list the newest published items as a JSON Feed with canonical web links', async () => {
    const res = await get('/portal/feed.json', { headers: { 'x-forwarded-host': 'jtj.example.gov.cn' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    const feed = (await res.json()) as { version: string; feed_url: string; items: { id: string; url: string; title: string; tags: string[]; date_published: string }[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    const item = feed.items.find((i) => i.id === `policy:${policyId}`);
    expect(item).toMatchObject({ title: TITLE, tags: ['政策'], url: `https://jtj.example.gov.cn/portal/#/pages/policy/index?id=${policyId}` });
    expect(feed.feed_url).toBe('https://jtj.example.gov.cn/portal/feed.json');
    expect(feed.items.map((i) => i.date_published)).toEqual([...feed.items.map((i) => i.date_published)].sort().reverse());
  });

  it('give the same items as RSS 2.0 that an XML parser reads back exactly, quotes and angle brackets included', async () => {
    const res = await get('/portal/feed.rss');
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const xml = await res.text();
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const items = rssItems(xml);
    const json = ((await (await get('/portal/feed.json')).json()) as { items: unknown[] }).items;
    expect(items).toHaveLength(json.length);
    expect(items.find((i) => i.guid === `policy:${policyId}`)).toMatchObject({ title: TITLE, category: '政策', pubDate: expect.stringMatching(/ GMT$/) });
  });

  it('answer the app’s reading actions for an anonymous visitor, and a person’s actions with UNAUTHENTICATED', async () => {
    const post = (body: unknown) => get('/portal/api/public', { method: 'POST', body: JSON.stringify(body) });
    const policy = (await (await post({ action: 'getPolicy', payload: { id: policyId } })).json()) as { ok: boolean; data: { title: string } };
    expect(policy).toMatchObject({ ok: true, data: { title: TITLE } });
    const ask = await (await post({ action: 'submitCase', payload: { requestId: 'portal-0001', category: 'question', text: '班车几点发车？' } })).json();
    expect(ask).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it.each([
    ['/portal/feed.json', { method: 'POST', body: '{}' }, 405, '订阅地址只能读取（GET）'],
    ['/portal/api/public', { method: 'GET' }, 405, '请用 POST 调用'],
    ['/portal/api/public', { method: 'POST', body: '[1,2]' }, 400, '请求内容应为 JSON 对象：{ "action": …, "payload": … }'],
    ['/portal/api/public', { method: 'POST', body: 'not json' }, 400, '请求内容应为 JSON 对象：{ "action": …, "payload": … }'],
    ['/portal/api/public/more', { method: 'GET' }, 404, '没有这个地址：可用 feed.json、feed.rss 或 api/public'],
    ['/portal/api/search/more', { method: 'POST', body: '{}' }, 404, '没有这个地址：请用 api/search'],
    ['/portal/api/search', { method: 'GET' }, 405, '请用 POST 调用'],
    ['/portal/api/search', { method: 'POST', body: 'not json' }, 400, '请求内容应为 JSON 对象：{ "action": …, "payload": … }'],
  ] as const)('%s with %j answers %i and says why', async (path, init, status, message) => {
    const res = await get(path, init);
    expect(res.status).toBe(status);
    expect(await res.json()).toMatchObject({ ok: false, message });
  });

  it('searches as an anonymous visitor through the search function’s own path', async () => {
    const res = await get('/portal/api/search', { method: 'POST', body: JSON.stringify({ action: 'search', payload: { q: '村村通客运班线票价' } }) });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { ok: boolean; data: { hits: { refId: string }[] } };
    expect(answer.ok).toBe(true);
    expect(answer.data.hits.map((h) => h.refId)).toContain(policyId);
  });

  it('gives a visitor the mini-program’s code to scan, the same image each time', async () => {
    const ask = () => get('/portal/api/public', { method: 'POST', body: JSON.stringify({ action: 'getVisitorCode', payload: {} }) }).then((r) => r.json() as Promise<{ ok: boolean; data: { png: string } }>);
    const [first, again] = [await ask(), await ask()];
    expect(first.ok).toBe(true);
    expect(Buffer.from(first.data.png, 'base64').subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(again.data.png).toBe(first.data.png);
  });

  it('an unknown action through the portal is refused like in the app', async () => {
    const res = await get('/portal/api/public', { method: 'POST', body: JSON.stringify({ action: 'setRoles', payload: {} }) });
    expect(await res.json()).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message: '未知的操作' });
  });
});
