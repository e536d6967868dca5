// The freshness monitor's staff actions (#17.3, #17.5): the report page's one read, and an admin's
// reassignment of who answers for an item or a whole kind.
import * as v from 'valibot';
import { DUTY_KINDS, type DutyKind, type DutyState, type HealthProblem } from '../models/freshness';
import type { DemandRow, TownshipDemand } from '../models/demand';
import { defineAction } from './action';

export interface DutyRowView {
  key: string;
  kind: DutyKind;
  itemId: string;
  title: string;
  state: Exclude<DutyState, 'ok'>;
  dueAt: string;
  duty: string;
  overdueDays: number;
  owner: string | null;
  ownerName: string | null;
  page: string;
}

export interface HealthRowView {
  key: string;
  problem: HealthProblem;
  kind: DutyKind;
  itemId: string;
  title: string;
  detail: string;
  ownerName: string | null;
  page: string;
}

export interface OwnerGroupView {
  owner: string | null;
  name: string;
  overdue: number;
  dueSoon: number;
  escalated: number;
}

export interface FreshnessView {
  /** null until the timer has checked once. */
  checkedAt: string | null;
  me: string;
  /** Admins also see a section of rows overdue longer than ESCALATE_AFTER_WORKING_DAYS. */
  isAdmin: boolean;
  /** Overdue and due within 10 working days, most urgent first (at most the report's rows). */
  rows: DutyRowView[];
  truncated: number;
  /** Every owner's counts; the caller's own first. */
  groups: OwnerGroupView[];
  health: HealthRowView[];
  /** Admins: whom an item can be given to. */
  staff: { openid: string; name: string }[];
}

/** Demand signals (#17.4): the "update next" list, read when its tab is opened (not in the first payload). */
export interface DemandView {
  /** null until the timer has computed it once. */
  checkedAt: string | null;
  rows: DemandRow[];
  truncated: number;
  townships: TownshipDemand[];
  /** Searches and cases the window held. */
  scanned: { searches: number; cases: number };
  /** False: nothing records how often items are read; attention is votes, followers and cases. */
  readCounts: false;
}

const openid = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{6,64}$/, '工作人员标识格式不对'));

export const freshnessStaffApi = {
  /** Editors and reviewers: the last freshness report, grouped by owner. */
  getFreshness: defineAction<FreshnessView>()(v.strictObject({})),
  /** Admins: who answers for an item (itemId) or a whole kind (itemId `*`); owner null returns it to the default (last editor). Audited; shown from the next check. */
  setContentOwner: defineAction<{ kind: DutyKind; itemId: string; owner: string | null }>()(
    v.strictObject({
      kind: v.picklist(DUTY_KINDS),
      itemId: v.pipe(v.string(), v.regex(/^(\*|[A-Za-z0-9_-]{1,64})$/, '事项编号格式不对')),
      owner: v.nullable(openid),
    }),
    { kind: '类别', itemId: '事项', owner: '负责人' },
  ),
  /** Editors and reviewers: the last demand-signal list (searches without a good answer, items asked about, stale items people notice). */
  getDemandSignals: defineAction<DemandView>()(v.strictObject({})),
};
