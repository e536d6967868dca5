// A notice whose validity ended is closed (withdrawn from 正在生效) by the end of the next working day.
import type { DutyVerdict, WorkingCalendar } from '#types/models/freshness';
import { verdict } from '../verdict';

export function noticeClosureDuty(notice: { validTo: Date | null }, now: Date, calendar: WorkingCalendar): DutyVerdict | null {
  if (notice.validTo === null) return null;
  return verdict(calendar.addWorkingDays(notice.validTo, 1), now, calendar, '通知有效期已到，请关闭（撤回）');
}
