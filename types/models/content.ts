// What every published content type shares: a version, a lifecycle that never deletes silently,
// and helpful / not-helpful counts.

export const LIFECYCLES = ['published', 'withdrawn', 'superseded'] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];

export const LIFECYCLE_LABELS: Record<Lifecycle, string> = {
  published: '已发布',
  withdrawn: '已撤回',
  superseded: '已被替代',
};

export interface Votes {
  helpful: number;
  unhelpful: number;
}

export interface PublishedMeta {
  _id: string;
  version: number;
  publishedAt: Date;
  updatedAt: Date;
  lifecycle: Lifecycle;
  /** Why it was withdrawn or superseded, shown on its banner. */
  lifecycleNote: string | null;
  votes: Votes;
}

/** A block of sanitised text: originals are stored as blocks, never as HTML. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'item';
  text: string;
}

/** One line of a published item's visible change history (更新记录). */
export const HISTORY_COLLECTION = 'content_history';

export interface HistoryDoc {
  _id: string;
  kind: string;
  targetId: string;
  version: number;
  note: string;
  at: Date;
}
