// The external links published content carries: a guide's 网上办理 address and any http(s) address
// written in a notice's text. Pure: the items in, each distinct URL with where it appears out.
import type { LinkCheck } from '#types/models/freshness';

/** An address as people write it in Chinese text: up to the first space, CJK character or closing mark. */
const URL_PATTERN = /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+/g;
/** Trailing punctuation that ends a sentence, not the address. */
const TRAILING = /[.,;:!?'\])]+$/;
const ITEMS_PER_LINK = 5;

export function linksIn(text: string): string[] {
  return [...new Set((text.match(URL_PATTERN) ?? []).map((u) => u.replace(TRAILING, '')).filter((u) => u.length <= 500))];
}

export interface LinkSource {
  services: { _id: string; name: string; onlineUrl?: string | null }[];
  notices: { _id: string; title: string; body?: string }[];
}

export type FoundLink = Pick<LinkCheck, 'url' | 'items'>;

export function findLinks(source: LinkSource): FoundLink[] {
  const byUrl = new Map<string, FoundLink>();
  const add = (url: string, item: FoundLink['items'][number]): void => {
    const found = byUrl.get(url) ?? { url, items: [] };
    if (found.items.length < ITEMS_PER_LINK && !found.items.some((i) => i.itemId === item.itemId)) found.items.push(item);
    byUrl.set(url, found);
  };
  for (const s of source.services) {
    for (const url of linksIn(s.onlineUrl ?? '')) add(url, { kind: 'service', itemId: s._id, title: s.name, page: `/staff/edit/index?kind=service&targetId=${s._id}` });
  }
  for (const n of source.notices) for (const url of linksIn(n.body ?? '')) add(url, { kind: 'notice', itemId: n._id, title: n.title, page: '/staff/content/index' });
  return [...byUrl.values()];
}
