// What `public` answers through the HTTP access service, for the county portal: the feeds its CMS pulls
// (GET …/feed.json, …/feed.rss) and, for the H5 build served under the portal, the same actions the app
// calls (POST …/api/public with { action, payload }), always as an anonymous visitor: reading works,
// anything that needs a person answers UNAUTHENTICATED and the page says to open the mini-program.
import type { ActionEvent } from '#types/api/action';
import { FEED_PAGE_MAX, type FeedPage } from '#types/api/public';
import type { Result } from '#types/result';
import { type HttpAnswer, type HttpEvent, answerPostedAction, httpAnswer, jsonAnswer } from '../../_shared/http-access';
import { jsonFeed, type PortalSite, rssFeed } from './portal-feeds';

type RunAction = (event: ActionEvent) => Promise<Result<unknown>>;

const FEED_CACHE = { 'cache-control': 'public, max-age=300' };

/** Where the H5 build is served: PORTAL_BASE_URL when the deployment sets it, else beside this feed. */
function siteOf(event: HttpEvent, prefix: string, feedPath: string): PortalSite {
  const headers = event.headers ?? {};
  const host = headers['x-forwarded-host'] ?? headers.host ?? 'localhost';
  const origin = `${headers['x-forwarded-proto'] ?? 'https'}://${host}`;
  const base = (process.env.PORTAL_BASE_URL ?? `${origin}${prefix}`).replace(/\/+$/, '');
  return { base, feedUrl: `${origin}${prefix}${feedPath}`, title: process.env.PORTAL_TITLE ?? '交通政务公开' };
}

async function feedItems(run: RunAction): Promise<FeedPage['items'] | null> {
  const result = await run({ action: 'listFeed', payload: { limit: FEED_PAGE_MAX } });
  return result.ok ? (result.data as FeedPage).items : null;
}

export async function answerPortal(event: HttpEvent, run: RunAction): Promise<HttpAnswer> {
  const route = /^(.*?)(\/feed\.json|\/feed\.rss|\/api\/public)\/?$/.exec(event.path);
  if (!route) return jsonAnswer(404, { ok: false, code: 'NOT_FOUND', message: '没有这个地址：可用 feed.json、feed.rss 或 api/public' });
  const [, prefix = '', what = ''] = route;
  const method = event.httpMethod.toUpperCase();
  if (what === '/api/public') return answerPostedAction(event, run);
  if (method !== 'GET' && method !== 'HEAD') return jsonAnswer(405, { ok: false, code: 'INVALID_ARGUMENT', message: '订阅地址只能读取（GET）' }, { allow: 'GET, HEAD' });
  const items = await feedItems(run);
  if (!items) return jsonAnswer(503, { ok: false, code: 'UNAVAILABLE', message: '暂时取不到公开信息，请稍后再试' });
  const site = siteOf(event, prefix, what);
  return what === '/feed.json'
    ? httpAnswer(200, 'application/feed+json; charset=utf-8', jsonFeed(site, items), FEED_CACHE)
    : httpAnswer(200, 'application/rss+xml; charset=utf-8', rssFeed(site, items), FEED_CACHE);
}
