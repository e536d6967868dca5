// A service guide is reviewed at least yearly, and within 20 working days whenever a policy it rests
// on changes (a later published version of a basis policy than the guide's own last update).
import type { DutyVerdict, WorkingCalendar } from '#types/models/freshness';
import { afterMonths } from '../calendar-span';
import { earliest, verdict } from '../verdict';

export const BASIS_CHANGE_WORKING_DAYS = 20;

export function serviceReviewDuty(service: { updatedAt: Date }, basisChangedAt: Date[], now: Date, calendar: WorkingCalendar): DutyVerdict | null {
  const yearly = verdict(afterMonths(service.updatedAt, 12), now, calendar, '办事指南每年至少复核一次');
  const changes = basisChangedAt
    .filter((at) => at.getTime() > service.updatedAt.getTime())
    .map((at) => verdict(calendar.addWorkingDays(at, BASIS_CHANGE_WORKING_DAYS), now, calendar, '设定依据的政策有变化，须复核办事指南'));
  return earliest([yearly, ...changes]);
}
