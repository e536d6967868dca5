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

/**
 * A block of sanitised text: originals are stored as blocks, never as HTML. `article` is a 第X条
 * paragraph, `item` a numbered point ((一), 1., 1、), `note` a remark the service adds where something
 * of the original cannot be shown (an image).
 */
export interface TextBlock {
  kind: 'heading' | 'article' | 'paragraph' | 'item' | 'note';
  text: string;
}

/** One table row: cell texts in column order, null where the cell to the left spans this column too. */
export interface TableRow {
  header?: true;
  cells: (string | null)[];
}

/**
 * A table, cell text only. A long table is stored as consecutive parts (续表), each repeating the
 * header row, so one page of the original stays small.
 */
export interface TableBlock {
  kind: 'table';
  rows: TableRow[];
  continued?: true;
}

export type Block = TextBlock | TableBlock;

/** Table rows as plain text: a line per row, cells separated by tabs (as a spreadsheet copies them). */
export const tableText = (rows: TableRow[]): string => rows.map((row) => row.cells.map((cell) => (cell ?? '').replace(/\s+/g, ' ')).join('\t')).join('\n');

/** A block as plain text, for search, glossary matching and page sizes. */
export const blockText = (block: Block): string => (block.kind === 'table' ? tableText(block.rows) : block.text);

/** The 第X条 that starts an article block, shown in bold. */
export const ARTICLE_LABEL = /^第[一二三四五六七八九十百千零〇两\d]+条(之[一二三四五六七八九十]+)?/;

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
