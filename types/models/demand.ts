// Demand signals (#17.4): what people ask for, ranked into an "update next" list for staff — searches
// with no or a weak answer (the search log), questions and feedback about an item ("对这条内容有疑问"
// cases) per item and per township, and stale items people pay attention to. The timer computes it
// into one document beside the freshness report, read by its own staff action when the page's tab is
// opened, so the freshness page's first payload stays as small as it was.
//
// There are no read counts in the product (nothing records who or how often a page is read), so
// "attention" is what is recorded: helpful / not-helpful votes, project followers and related cases.
import type { CaseCategory } from './case';
import type { DutyState } from './freshness';

/** Lives in the freshness collection (FRESHNESS_COLLECTION), replaced whole by each computation. */
export const DEMAND_REPORT_ID = 'demand';
/** Computed at most this often (the timer fires every minute). */
export const DEMAND_EVERY_MINUTES = 60;
/** Searches of the last this many Beijing weeks (this one included) are counted. */
export const DEMAND_SEARCH_WEEKS = 4;
/** Cases opened in the last this many days are counted. */
export const DEMAND_CASE_DAYS = 90;
/** A search counts as weakly answered when its best hit supports less than this share of the question
 * (the coverage under which search lists a hit after the others, see search-answer.ts). */
export const WEAK_ANSWER_SUPPORT = 0.421;
/** Rows kept in the document (the page shows them all; the rest are counted). */
export const DEMAND_ROWS_MAX = 60;
export const DEMAND_TOWNSHIPS_MAX = 30;

/** Items people can ask about from a page (the ask form's `related.kind`). */
export const DEMAND_KINDS = ['policy', 'qa', 'project', 'service', 'notice', 'budget'] as const;
export type DemandKind = (typeof DEMAND_KINDS)[number];

export interface DemandAction {
  /** What to do, in Chinese: 写问答, 发布项目进展, 修改办事指南 … */
  label: string;
  /** The staff page (or editor) where it is done. */
  page: string;
}

export interface SearchDemand {
  /** Searches in the window whose question was not answered. */
  unanswered: number;
  /** Answered, but only weakly (best hit under WEAK_ANSWER_SUPPORT). */
  weak: number;
  /** Of those, how many opened a hit anyway. */
  opened: number;
}

export interface ItemDemand {
  /** Cases about the item opened in the window, per category. */
  cases: Partial<Record<CaseCategory, number>>;
  casesTotal: number;
  helpful: number;
  unhelpful: number;
  followers: number;
  /** The item's freshness duty when the last freshness report lists it. */
  stale: { state: Exclude<DutyState, 'ok'>; overdueDays: number; duty: string } | null;
}

export interface DemandRow {
  /** `search:<normalised question>` or `<kind>:<itemId>`. */
  key: string;
  /** The masked question (search rows) or the item's title. */
  title: string;
  kind: DemandKind | null;
  itemId: string | null;
  township: string | null;
  /** Higher first: searches count 1 (weak ones ½), cases 2, not-helpful votes 1; stale items double. */
  score: number;
  search: SearchDemand | null;
  item: ItemDemand | null;
  action: DemandAction;
}

export interface TownshipDemand {
  township: string;
  /** Cases about the township's projects and notices in the window, per category. */
  cases: Partial<Record<CaseCategory, number>>;
  casesTotal: number;
  /** How many of its items were asked about. */
  items: number;
  /** The item most asked about there, and where to act on it. */
  top: { title: string; action: DemandAction };
}

export interface DemandReportDoc {
  _id: typeof DEMAND_REPORT_ID;
  checkedAt: Date;
  tookMs: number;
  phases: Record<string, number>;
  /** How much was read: search log records in the window, cases in the window. */
  scanned: { searches: number; cases: number };
  rows: DemandRow[];
  /** Rows left out (beyond DEMAND_ROWS_MAX). */
  truncated: number;
  townships: TownshipDemand[];
  /** Always false for now: the product records no read counts (see the note above). */
  readCounts: false;
}
