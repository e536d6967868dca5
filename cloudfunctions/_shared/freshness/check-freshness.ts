// The freshness check, run from the timer function at most every FRESHNESS_EVERY_MINUTES: reads the
// published items and the open cases near their clock, applies every duty rule and the content health
// checks, fills in owners, and replaces the one report document. A check that runs out of its budget
// writes nothing (the previous report stays whole); of two overlapping checks, the later one's report
// is kept (compared by the instant each checked at, in a transaction). A check whose report was kept
// then tells owners and admins by subscription message, once per item and due state (freshness-pushes.ts).
import {
  DUE_SOON_WORKING_DAYS,
  ESCALATE_AFTER_WORKING_DAYS,
  FRESHNESS_COLLECTION,
  FRESHNESS_EVERY_MINUTES,
  FRESHNESS_REPORT_ID,
  type FreshnessReportDoc,
  type DutyKind,
  type DutyRow,
  type OwnerCount,
  HEALTH_ROWS_MAX,
  LINK_CHECKS_ID,
  type LinkChecksDoc,
  REPORT_ROWS_MAX,
} from '#types/models/freshness';
import { db, docOrNull, runTransaction } from '../cloud';
import { newId } from '../new-id';
import { loadHolidayCalendars } from '../time/holiday-calendars';
import { attachedFiles, brokenLinks, missingFiles, policyAndBasisHealth } from './content-health';
import { pushFreshness } from './freshness-pushes';
import { type CheckedData, itemDuties } from './item-duties';
import { readBudgetApprovals, readCasesDueBy, readLatestFeed, readNotices, readPolicies, readPolicyDrafts, readProjects, readServices } from './read-published';
import { assignedOwners, lastEditors, ownerKey, staffNames } from './resolve-owners';
import { workingCalendar } from './working-calendar';

export interface FreshnessSummary {
  /** 'not_due': checked less than FRESHNESS_EVERY_MINUTES ago; 'budget': ran out of time, wrote nothing. */
  skipped?: 'not_due' | 'budget' | 'stale';
  tookMs: number;
  rows?: number;
  health?: number;
  /** Staff reminder messages (send jobs) this check created. */
  pushed?: number;
}

const report = () => db.collection(FRESHNESS_COLLECTION).doc(FRESHNESS_REPORT_ID);

function countsOf(rows: DutyRow[]): OwnerCount[] {
  const counts = new Map<string | null, OwnerCount>();
  for (const r of rows) {
    const c = counts.get(r.owner) ?? { owner: r.owner, overdue: 0, dueSoon: 0, escalated: 0 };
    if (r.state === 'overdue') c.overdue += 1;
    else c.dueSoon += 1;
    if (r.overdueDays > ESCALATE_AFTER_WORKING_DAYS) c.escalated += 1;
    counts.set(r.owner, c);
  }
  return [...counts.values()];
}

const byUrgency = (a: DutyRow, b: DutyRow): number => (a.state === b.state ? a.dueAt.getTime() - b.dueAt.getTime() : a.state === 'overdue' ? -1 : 1);

export async function checkFreshness(now: Date, budgetMs: number, options: { force?: boolean } = {}): Promise<FreshnessSummary> {
  const started = Date.now();
  const out = (): boolean => Date.now() - started > budgetMs;
  if (budgetMs <= 0) return { skipped: 'budget', tookMs: 0 };
  const last = await docOrNull<FreshnessReportDoc>(report());
  if (!options.force && last && now.getTime() - last.checkedAt.getTime() < FRESHNESS_EVERY_MINUTES * 60_000 && now >= last.checkedAt) return { skipped: 'not_due', tookMs: Date.now() - started };
  // Not started when what is left of the run is clearly too short for a check as long as the last one.
  if (last && budgetMs < last.tookMs * 1.5) return { skipped: 'budget', tookMs: Date.now() - started };
  await loadHolidayCalendars('clock');
  const horizon = workingCalendar.addWorkingDays(now, DUE_SOON_WORKING_DAYS);
  const [projects, policies, services, notices, cases, drafts, latestFeed, budgets] = await Promise.all([
    readProjects(), readPolicies(), readServices(), readNotices(), readCasesDueBy(horizon), readPolicyDrafts(), readLatestFeed(), readBudgetApprovals(),
  ]);
  const data: CheckedData = { projects, policies, services, notices, cases, drafts, latestFeed, budgets };
  const phases: Record<string, number> = { read: Date.now() - started };
  if (out()) return { skipped: 'budget', tookMs: Date.now() - started };
  const rows = itemDuties(data, now, workingCalendar).sort(byUrgency);
  phases.rules = Date.now() - started;
  const links = await docOrNull<LinkChecksDoc>(db.collection(FRESHNESS_COLLECTION).doc(LINK_CHECKS_ID));
  const health = [...policyAndBasisHealth(policies, services, now), ...(await missingFiles(attachedFiles(policies, projects))), ...brokenLinks(links)];
  phases.health = Date.now() - started;
  if (out()) return { skipped: 'budget', tookMs: Date.now() - started };

  const assigned = await assignedOwners();
  const caseOwner = new Map(cases.map((c) => [c._id, c.assignee?.openid ?? null]));
  const needEditors = [...rows, ...health].filter((r) => r.kind !== 'case' && r.kind !== 'column' && !assigned.has(ownerKey(r.kind, r.itemId))).map((r) => r.itemId);
  const editors = await lastEditors(needEditors);
  // An admin's assignment of the item, else its last editor (a case's assignee, a new draft's author), else the kind's.
  const ownerOf = (kind: DutyKind, itemId: string, author: string | null): string | null =>
    assigned.get(ownerKey(kind, itemId)) ?? (kind === 'case' ? caseOwner.get(itemId) : editors.get(itemId)) ?? author ?? assigned.get(ownerKey(kind, '*')) ?? null;
  for (const r of rows) r.owner = ownerOf(r.kind, r.itemId, r.owner);
  for (const h of health) h.owner = ownerOf(h.kind, h.itemId, null);
  const names = await staffNames();
  const owners: Record<string, string> = {};
  for (const r of [...rows, ...health]) if (r.owner) owners[r.owner] = names.get(r.owner) ?? '（已不是工作人员）';
  phases.owners = Date.now() - started;
  if (out()) return { skipped: 'budget', tookMs: Date.now() - started };

  const doc: Omit<FreshnessReportDoc, '_id'> = {
    runId: newId(),
    checkedAt: now,
    tookMs: Date.now() - started,
    phases,
    scanned: { items: projects.length + policies.length + services.length + notices.length + drafts.length, cases: cases.length },
    rows: rows.slice(0, REPORT_ROWS_MAX),
    truncated: Math.max(0, rows.length - REPORT_ROWS_MAX),
    counts: countsOf(rows),
    health: health.slice(0, HEALTH_ROWS_MAX),
    owners,
  };
  const written = await runTransaction(async (tx) => {
    const ref = tx.collection(FRESHNESS_COLLECTION).doc(FRESHNESS_REPORT_ID);
    const current = await docOrNull<FreshnessReportDoc>(ref);
    if (current && current.checkedAt.getTime() > now.getTime()) return false;
    await ref.set({ data: doc });
    return true;
  });
  if (!written) return { skipped: 'stale', tookMs: Date.now() - started };
  // Owners (and admins, for what stayed overdue) told once per item and due state, from every row, not only the kept ones.
  const pushed = await pushFreshness(rows, now, now);
  return { tookMs: doc.tookMs, rows: rows.length, health: health.length, pushed };
}
