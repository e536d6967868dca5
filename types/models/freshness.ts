// The freshness monitor (#17.3) and content health (#17.5): every published item and open case has
// an update duty on the working-day calendar; the timer function checks them all and writes one
// compact report document the staff page reads in one call.

/** One document, _id `report`, replaced whole by each check (overlapping runs never mix halves). */
export const FRESHNESS_COLLECTION = 'freshness';
export const FRESHNESS_REPORT_ID = 'report';
/** Who answers for an item (_id `${kind}:${itemId}`) or a whole kind (_id `${kind}:*`), set by an admin. */
export const CONTENT_OWNER_COLLECTION = 'content_owners';

/** A duty falling due within this many working days is listed as due soon. */
export const DUE_SOON_WORKING_DAYS = 10;
/** Admins see what has stayed overdue longer than this many working days. */
export const ESCALATE_AFTER_WORKING_DAYS = 5;
/** The check runs at most this often (the timer fires every minute). */
export const FRESHNESS_EVERY_MINUTES = 15;

export const DUTY_KINDS = ['project', 'disclosure', 'policy', 'service', 'notice', 'case', 'column', 'budget'] as const;
export type DutyKind = (typeof DUTY_KINDS)[number];
export const DUTY_KIND_LABELS: Record<DutyKind, string> = {
  project: '建设项目进展',
  disclosure: '重大项目信息公开',
  policy: '政策文件',
  service: '办事指南',
  notice: '通知公告',
  case: '群众提问和申请',
  column: '栏目更新',
  budget: '预决算公开',
};

export type DutyState = 'ok' | 'due_soon' | 'overdue';

/** What a duty rule says about one item at one instant. */
export interface DutyVerdict {
  state: DutyState;
  dueAt: Date;
  /** What has to be done, in Chinese, for the staff page. */
  duty: string;
}

/** The working-day clock the rules count on (the holiday calendar with its 调休). */
export interface WorkingCalendar {
  addWorkingDays(start: Date, count: number): Date;
  workingDaysBetween(from: Date, to: Date): number;
}

export const HEALTH_PROBLEMS = ['expired_in_force', 'basis_repealed', 'missing_file', 'broken_link'] as const;
export type HealthProblem = (typeof HEALTH_PROBLEMS)[number];
export const HEALTH_PROBLEM_LABELS: Record<HealthProblem, string> = {
  expired_in_force: '已过有效期仍标为现行有效',
  basis_repealed: '设定依据的政策已废止或被替代',
  missing_file: '附件文件已不存在',
  broken_link: '外部链接打不开',
};

export interface DutyRow {
  /** Stable: `${kind}:${itemId}` plus a part for duties on a piece of an item. */
  key: string;
  kind: DutyKind;
  itemId: string;
  title: string;
  state: Exclude<DutyState, 'ok'>;
  dueAt: Date;
  duty: string;
  /** Working days past dueAt (0 when not yet due). */
  overdueDays: number;
  /** The responsible staff member's openid; null when nobody edited it and no admin assigned one. */
  owner: string | null;
  /** Staff page (or editor) where it is dealt with. */
  page: string;
}

export interface HealthRow {
  key: string;
  problem: HealthProblem;
  kind: DutyKind;
  itemId: string;
  title: string;
  detail: string;
  owner: string | null;
  page: string;
}

export interface OwnerCount {
  owner: string | null;
  overdue: number;
  dueSoon: number;
  /** Overdue longer than ESCALATE_AFTER_WORKING_DAYS. */
  escalated: number;
}

/** The report keeps this many rows; a county with more is told how many were left out. */
export const REPORT_ROWS_MAX = 200;
/** Content health rows kept (the most urgent kinds first: expired policies, repealed bases, missing files). */
export const HEALTH_ROWS_MAX = 100;

export interface FreshnessReportDoc {
  _id: typeof FRESHNESS_REPORT_ID;
  runId: string;
  checkedAt: Date;
  tookMs: number;
  /** Milliseconds from the start at the end of each phase (read, rules, health, owners). */
  phases?: Record<string, number>;
  /** How much was read: published items and open cases near their clock. */
  scanned: { items: number; cases: number };
  /** Overdue first, then by due instant; at most REPORT_ROWS_MAX (the counts cover everything). */
  rows: DutyRow[];
  /** Rows left out of `rows` to keep the document (and the staff page's payload) small. */
  truncated: number;
  /** Per owner (null: nobody), every duty counted. */
  counts: OwnerCount[];
  health: HealthRow[];
  /** Owner openid → name, for the rows' owners. */
  owners: Record<string, string>;
}

export interface ContentOwnerDoc {
  _id: string;
  kind: DutyKind;
  /** `*` for the whole kind. */
  itemId: string;
  owner: string;
  setBy: string;
  at: Date;
}

/** External links in published content (#17.5): one document in the freshness collection, kept up by the
 * timer's `check-links` task, read by the freshness check for its content health rows. */
export const LINK_CHECKS_ID = 'links';
/** A link that answered is checked again after this many hours; one that failed, after an hour. */
export const LINK_RECHECK_HOURS = 24;
/** A link is reported broken after this many failed checks in a row (one failure may be a passing outage). */
export const LINK_BROKEN_AFTER = 2;

export interface LinkCheck {
  url: string;
  /** The last check's HTTP status, or null when no answer came (refused, timed out, bad certificate). */
  status: number | null;
  error: string | null;
  ok: boolean;
  /** Failed checks in a row. */
  failures: number;
  checkedAt: Date;
  /** Where the link appears (at most 5 items). */
  items: { kind: DutyKind; itemId: string; title: string; page: string }[];
}

export interface LinkChecksDoc {
  _id: typeof LINK_CHECKS_ID;
  /** By a hash of the URL. */
  links: Record<string, LinkCheck>;
  updatedAt: Date;
}
