// The half-year work summary: the figures counted from records for a period and the one before it, the
// drafted text, and the staff actions on it (save, submit, review).
import * as v from 'valibot';
import type { CaseChannel } from '../models/case';
import type { FeedKind } from '../models/feed';
import { SUMMARY_SECTIONS, type SummarySection, type SummaryStatus } from '../models/work-summary';
import { defineAction } from './action';
import type { HandlingWindow } from './handling-views';
import { prose } from './text-rule';

export interface DayRangeView {
  from: string;
  to: string;
}

export interface ReplyFiguresView {
  total: number;
  replied: number;
  medianReplyDays: number | null;
  onTimeShare: number | null;
}

export interface PeriodFigures {
  range: DayRangeView;
  /** The day the figures are counted at: the period's last day, or today while it runs. */
  asOf: string;
  /** Items published (or re-published) per area, project progress updates, 双公示 decisions. */
  published: { byKind: Record<FeedKind, number>; projectUpdates: number; decisions: number };
  /** Projects under construction: months each was due a progress update, months it had one, and those 30+ days without. */
  projects: { underConstruction: number; monthsDue: number; monthsUpdated: number; onTimeShare: number | null; stale: { id: string; name: string; days: number }[] };
  cases: { all: ReplyFiguresView; byChannel: Record<CaseChannel, ReplyFiguresView> };
  consultations: { closed: number; comments: number; adopted: number; partly: number; notAdopted: number; undecided: number };
  /** People with notice settings now (null for a past period: no history is kept), sends started, messages delivered. */
  notices: { subscribers: number | null; sends: number; delivered: number };
  /** SMS link sets made and the opens they brought; village-board posters made and the scans they brought (scans
   * are counted per poster, not per day: a poster's scans so far); liaisons' confirmations made in the period. */
  reach: { linkSets: number; opens: number; posters: number; scans: number; posted: number; broadcast: number };
  handling: {
    guides: { id: string; name: string; window: HandlingWindow }[];
    all: HandlingWindow;
    /** Completed records no published guide's item code links to. */
    unlinked: { itemCode: string; completed: number }[];
  };
}

export interface SummaryFigures {
  year: number;
  half: 1 | 2;
  current: PeriodFigures;
  previous: PeriodFigures;
}

export interface WorkSummaryView {
  id: string;
  year: number;
  half: 1 | 2;
  /** null while nothing is saved: the sections are then the draft from the figures. */
  status: SummaryStatus | null;
  sections: Record<SummarySection, string>;
  /** The text drafted from the figures now, for staff to compare or start again from. */
  drafted: Record<SummarySection, string>;
  version: number;
  authors: string[];
  updatedAt: string | null;
  reviewedBy: string | null;
  reviewNote: string;
  figures: SummaryFigures;
}

const year = v.pipe(v.number(), v.integer(), v.minValue(2020), v.maxValue(2100));
const half = v.picklist([1, 2] as const);
const version = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));
const sections = v.strictObject(Object.fromEntries(SUMMARY_SECTIONS.map((s) => [s, prose(5000, 0)])) as Record<SummarySection, ReturnType<typeof prose>>);

export const SUMMARY_FIELD_LABELS = { sections: '总结正文', 'sections.content': '主要内容', 'sections.results': '实施成效', 'sections.problems': '存在问题', 'sections.measures': '改进措施', note: '审核意见' };

export const workSummaryStaffApi = {
  /** Editors and reviewers: a half-year's summary (saved or drafted) with the figures counted now; without year
   * and half, the half-year today is in (Beijing). */
  getWorkSummary: defineAction<WorkSummaryView>()(v.strictObject({ year: v.optional(year), half: v.optional(half) })),
  /** Editors: saves the text over `version` (0 for the first save); a reviewed or submitted summary goes back to draft. Audited. */
  saveWorkSummary: defineAction<WorkSummaryView>()(v.strictObject({ year, half, version, sections }), SUMMARY_FIELD_LABELS),
  /** Editors: hands the saved `version` to a reviewer. */
  submitWorkSummary: defineAction<WorkSummaryView>()(v.strictObject({ year, half, version })),
  /** Reviewers who wrote none of it: marks `version` reviewed, or returns it with a note. Audited. */
  reviewWorkSummary: defineAction<WorkSummaryView>()(
    v.strictObject({ year, half, version, decision: v.picklist(['approve', 'return']), note: v.optional(prose(300, 0), '') }),
    SUMMARY_FIELD_LABELS,
  ),
};
