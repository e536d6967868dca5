// Progress updates on time: a project under construction owes one every month. Over a period, counted at
// `asOf`: each month that had ended by then (and began after the project was first published) is due, and
// counts as kept when an update was published in it; a project whose last update is more than 30 days
// before `asOf` is stale. Pure.
import type { PeriodFigures } from '#types/api/work-summary-views';
import type { ProjectStatus } from '#types/models/project';
import { shareOf } from '../stats/median';
import type { DayRange } from '../time/day-range';
import { cstDay } from '../time/working-days';

export const STALE_AFTER_DAYS = 30;

export interface ProjectRecord {
  id: string;
  name: string;
  status: ProjectStatus;
  publishedAt: Date;
  lastUpdateAt: Date;
  /** When each of its progress updates in the period was published. */
  updates: Date[];
}

const DAY_MS = 86_400_000;
const monthEnd = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

/** The months ('YYYY-MM') of a range. */
export function monthsOf(range: DayRange): string[] {
  const months: string[] = [];
  let [y, m] = range.from.slice(0, 7).split('-').map(Number) as [number, number];
  for (let month = range.from.slice(0, 7); month <= range.to.slice(0, 7); month = `${y}-${String(m).padStart(2, '0')}`) {
    months.push(month);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months;
}

export function projectMonths(projects: ProjectRecord[], range: DayRange, asOf: string): PeriodFigures['projects'] {
  const building = projects.filter((p) => p.status === 'under_construction');
  let monthsDue = 0;
  let monthsUpdated = 0;
  for (const p of building) {
    const since = cstDay(p.publishedAt).slice(0, 7);
    const updated = new Set(p.updates.map((u) => cstDay(u).slice(0, 7)));
    for (const month of monthsOf(range)) {
      if (month < since || monthEnd(month) > asOf) continue;
      monthsDue += 1;
      if (updated.has(month)) monthsUpdated += 1;
    }
  }
  const stale = building
    .map((p) => ({ id: p.id, name: p.name, days: Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${cstDay(p.lastUpdateAt)}T00:00:00Z`)) / DAY_MS) }))
    .filter((p) => p.days > STALE_AFTER_DAYS)
    .sort((a, b) => b.days - a.days);
  return { underConstruction: building.length, monthsDue, monthsUpdated, onTimeShare: shareOf(monthsUpdated, monthsDue), stale };
}
