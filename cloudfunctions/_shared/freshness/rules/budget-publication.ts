// A department's budget or final accounts are published within 20 days of the finance bureau's
// approval (《预算法》第十四条; calendar days, to the end of the Beijing day). Done once imported on or
// after the approval day.
import { BUDGET_PUBLISH_DAYS } from '#types/models/budget';
import type { DutyVerdict, WorkingCalendar } from '#types/models/freshness';
import { afterDays } from '../calendar-span';
import { verdict } from '../verdict';

export function budgetPublicationDuty(budget: { approvedOn: string; importedAt: Date | null }, now: Date, calendar: WorkingCalendar): DutyVerdict | null {
  const approvedAt = new Date(`${budget.approvedOn}T00:00:00+08:00`);
  if (budget.importedAt && budget.importedAt.getTime() >= approvedAt.getTime()) return null;
  return verdict(afterDays(approvedAt, BUDGET_PUBLISH_DAYS), now, calendar, `财政部门批复后 ${BUDGET_PUBLISH_DAYS} 日内公开`);
}
