// The home feed: one entry per published item of any kind, written when content is published,
// so the home page reads one small collection instead of every content type.

export const FEED_COLLECTION = 'feed';

export const FEED_KINDS = ['policy', 'project', 'service', 'budget', 'notice', 'consultation', 'proposal'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

export const FEED_KIND_LABELS: Record<FeedKind, string> = {
  policy: '政策',
  project: '项目',
  service: '办事',
  budget: '预决算',
  notice: '通知',
  consultation: '意见征集',
  proposal: '建议提案',
};

/** Where a feed entry opens, for the kinds that have their own page so far. */
export const FEED_PATHS: Partial<Record<FeedKind, (refId: string) => string>> = {
  policy: (refId) => `/pages/policy/index?id=${refId}`,
  project: (refId) => `/pages/project/index?id=${refId}`,
  notice: (refId) => `/pages/notice/index?id=${refId}`,
  service: (refId) => `/more/service/index?id=${refId}`,
  consultation: (refId) => `/more/consultation/index?id=${refId}`,
  proposal: (refId) => `/about/proposal/index?id=${refId}`,
};

export interface FeedDoc {
  _id: string;
  kind: FeedKind;
  /** The id of the published item in its own collection. */
  refId: string;
  title: string;
  summary: string;
  publishedAt: Date;
}

/** A feed entry as it reaches the client (dates as ISO strings). */
export interface FeedItem {
  id: string;
  kind: FeedKind;
  refId: string;
  title: string;
  summary: string;
  publishedAt: string;
}
