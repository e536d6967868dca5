// The staff reminder for the annual report: from 1 December until the year's report is published, how long
// is left to 31 January (urgent in the last 10 working days), then that it is overdue.
import type { StaffReminder } from '#types/api/holiday-calendar';
import { loadHolidayCalendars } from '../time/holiday-calendars';
import { reportDueOn, reportYearShowing, timeLeft } from './report-due';
import { reportOfYear } from './report-view';

const PAGE = '/staff/annual-report/index';
const URGENT_WORKING_DAYS = 10;

export async function annualReportReminders(now: Date): Promise<StaffReminder[]> {
  const year = reportYearShowing(now);
  if (year === null || (await reportOfYear(year))?.lifecycle === 'published') return [];
  await loadHolidayCalendars('view');
  const left = timeLeft(year, now);
  const key = `annual-report-${year}`;
  if (left.days < 0) return [{ key, level: 'urgent', page: PAGE, text: `${year} 年政府信息公开工作年度报告已超过 1 月 31 日的法定发布期限，还没有发布` }];
  const when = left.days === 0 ? '今天是最后一天' : `还有 ${left.days} 天，其中 ${left.workingDays} 个工作日`;
  return [{ key, level: left.workingDays <= URGENT_WORKING_DAYS ? 'urgent' : 'info', page: PAGE, text: `${year} 年政府信息公开工作年度报告须在 ${reportDueOn(year)} 前发布：${when}` }];
}
