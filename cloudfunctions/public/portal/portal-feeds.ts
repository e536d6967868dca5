// The county portal's column: the newest published items as a JSON Feed and as RSS 2.0, each item with its
// canonical web link (the H5 build's page for it), for the portal's CMS to pull.
import { webLink } from '#types/api/web-link';
import { FEED_KIND_LABELS, type FeedItem } from '#types/models/feed';

export interface PortalSite {
  /** Where the H5 build is served, without a trailing slash (links are `<base>/#/pages/…`). */
  base: string;
  /** Where this feed itself is served. */
  feedUrl: string;
  title: string;
}


export function jsonFeed(site: PortalSite, items: FeedItem[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: site.title,
    home_page_url: `${site.base}/`,
    feed_url: site.feedUrl,
    language: 'zh-CN',
    items: items.map((item) => ({
      id: `${item.kind}:${item.refId}`,
      url: webLink(site.base, item),
      title: item.title,
      summary: item.summary,
      date_published: item.publishedAt,
      tags: [FEED_KIND_LABELS[item.kind]],
    })),
  });
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Text as XML character data; characters XML 1.0 forbids (control characters) are dropped. */
const xml = (text: string): string => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c] as string);

export function rssFeed(site: PortalSite, items: FeedItem[]): string {
  const entries = items.map((item) =>
    [
      '<item>',
      `<title>${xml(item.title)}</title>`,
      `<link>${xml(webLink(site.base, item))}</link>`,
      `<guid isPermaLink="false">${xml(`${item.kind}:${item.refId}`)}</guid>`,
      `<category>${xml(FEED_KIND_LABELS[item.kind])}</category>`,
      `<pubDate>${new Date(item.publishedAt).toUTCString()}</pubDate>`,
      `<description>${xml(item.summary)}</description>`,
      '</item>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0"><channel>',
    `<title>${xml(site.title)}</title><link>${xml(`${site.base}/`)}</link><description>${xml(`${site.title}：政策、项目、通知、办事指南等最新公开信息`)}</description><language>zh-cn</language>`,
    ...entries,
    '</channel></rss>',
  ].join('\n');
}
