// A project under construction posts a progress update at least monthly.
import type { DutyVerdict, WorkingCalendar } from '#types/models/freshness';
import type { ProjectStatus } from '#types/models/project';
import { afterMonths } from '../calendar-span';
import { verdict } from '../verdict';

export function projectProgressDuty(project: { status: ProjectStatus; lastUpdateAt: Date }, now: Date, calendar: WorkingCalendar): DutyVerdict | null {
  if (project.status !== 'under_construction') return null;
  return verdict(afterMonths(project.lastUpdateAt, 1), now, calendar, '在建项目每月至少发布一次进展');
}
