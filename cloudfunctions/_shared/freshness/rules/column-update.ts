// The national inspection rules for government sites and new media: the home page and news columns
// are updated at least every 2 weeks, notice and policy columns at least every 6 months.
import type { DutyVerdict, WorkingCalendar } from '#types/models/freshness';
import { afterDays, afterMonths } from '../calendar-span';
import { verdict } from '../verdict';

export const COLUMNS = {
  home: { label: '首页最新公开', weeks: 2 },
  project: { label: '建设项目（动态类）', weeks: 2 },
  notice: { label: '通知公告栏目', months: 6 },
  policy: { label: '政策文件栏目', months: 6 },
} as const;
export type Column = keyof typeof COLUMNS;

export function columnUpdateDuty(column: Column, lastPublishedAt: Date | null, now: Date, calendar: WorkingCalendar): DutyVerdict {
  const rule: { label: string; weeks?: number; months?: number } = COLUMNS[column];
  if (lastPublishedAt === null) return { state: 'overdue', dueAt: now, duty: `「${rule.label}」是空栏目（网站检查单项否决）` };
  const dueAt = rule.weeks ? afterDays(lastPublishedAt, rule.weeks * 7) : afterMonths(lastPublishedAt, rule.months ?? 6);
  const span = rule.weeks ? `${rule.weeks} 周` : `${rule.months} 个月`;
  return verdict(dueAt, now, calendar, `「${rule.label}」至少每 ${span}更新一次`);
}
