// The freshness report as staff reminders (the home badge list): the reader's own overdue and
// due-soon duties, and for admins what has stayed overdue longer than 5 working days.
import type { StaffReminder } from '#types/api/holiday-calendar';
import { ESCALATE_AFTER_WORKING_DAYS, FRESHNESS_COLLECTION, FRESHNESS_REPORT_ID, type FreshnessReportDoc } from '#types/models/freshness';
import { db, docOrNull } from '../cloud';

export const FRESHNESS_PAGE = '/staff/freshness/index';

export async function freshnessReminders(openid: string, isAdmin: boolean): Promise<StaffReminder[]> {
  const report = await docOrNull<FreshnessReportDoc>(db.collection(FRESHNESS_COLLECTION).doc(FRESHNESS_REPORT_ID));
  if (!report) return [];
  const mine = report.counts.find((c) => c.owner === openid);
  const items: StaffReminder[] = [];
  if (mine?.overdue) items.push({ key: 'freshness-overdue', level: 'urgent', page: FRESHNESS_PAGE, text: `${mine.overdue} 项由你负责的公开内容已超过更新期限` });
  if (mine?.dueSoon) items.push({ key: 'freshness-due-soon', level: 'info', page: FRESHNESS_PAGE, text: `${mine.dueSoon} 项由你负责的公开内容将在 10 个工作日内到期` });
  const escalated = isAdmin ? report.counts.reduce((sum, c) => sum + c.escalated, 0) : 0;
  if (escalated) items.push({ key: 'freshness-escalated', level: 'urgent', page: FRESHNESS_PAGE, text: `${escalated} 项公开内容超期已超过 ${ESCALATE_AFTER_WORKING_DAYS} 个工作日` });
  return items;
}
