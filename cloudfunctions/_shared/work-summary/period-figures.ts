// Every figure the work summary uses, for one period, counted at `now` (a running period up to today).
import type { PeriodFigures } from '#types/api/work-summary-views';
import type { DayRange } from '../time/day-range';
import { endOfCstDay, cstDay } from '../time/working-days';
import { caseFigures } from './case-figures';
import { consultationFigures } from './consultation-figures';
import { handlingFigures } from './handling-figures';
import { projectMonths } from './project-months';
import { publishedFigures } from './published-figures';
import { noticeFigures, reachFigures } from './reach-figures';
import { readProjects } from './read-projects';

export async function periodFigures(range: DayRange, now: Date): Promise<PeriodFigures> {
  const today = cstDay(now);
  const asOf = range.to < today ? range.to : today;
  const asOfInstant = range.to < today ? endOfCstDay(range.to) : now;
  const [published, projects, cases, consultations, notices, reach, handling] = await Promise.all([
    publishedFigures(range),
    readProjects(range),
    caseFigures(range, asOfInstant),
    consultationFigures(range),
    noticeFigures(range, range.to >= today),
    reachFigures(range),
    handlingFigures(range),
  ]);
  return {
    range,
    asOf,
    published: { ...published, projectUpdates: projects.reduce((n, p) => n + p.updates.length, 0) },
    projects: projectMonths(projects, range, asOf),
    cases,
    consultations,
    notices,
    reach,
    handling,
  };
}
