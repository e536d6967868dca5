// A case awaiting the bureau is replied within its clock (dueAt, already counted in working days when
// it was received); one open for more than 3 months also fails the government-site inspection.
import type { DutyVerdict, WorkingCalendar } from '#types/models/freshness';
import { afterMonths } from '../calendar-span';
import { verdict } from '../verdict';

export const UNANSWERED_VETO_MONTHS = 3;

export function caseReplyDuty(item: { createdAt: Date; dueAt: Date }, now: Date, calendar: WorkingCalendar): DutyVerdict {
  const vetoed = now.getTime() > afterMonths(item.createdAt, UNANSWERED_VETO_MONTHS).getTime();
  return verdict(item.dueAt, now, calendar, vetoed ? '超过 3 个月未答复（网站检查单项否决），请立即答复' : '在答复期限内答复');
}
