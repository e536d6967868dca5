// Service handling times for a period: per published guide with an item code, and for all of them
// together (the share within the promise over the guides that promise a limit); completed records whose
// code no guide carries are listed with their counts, never dropped silently.
import type { HandlingWindow } from '#types/api/handling-views';
import type { PeriodFigures } from '#types/api/work-summary-views';
import { completedDaysByCode } from '../handling/completed-days';
import { type GuideCode, loadGuideCodes } from '../handling/guide-codes';
import { handlingWindow } from '../handling/handling-window';
import { shareOf } from '../stats/median';
import type { DayRange } from '../time/day-range';

export function handlingByGuide(daysByCode: Map<string, number[]>, guides: GuideCode[], range: DayRange): PeriodFigures['handling'] {
  const coded = guides.filter((g) => g.itemCode && daysByCode.has(g.itemCode));
  const perGuide = coded.map((g) => ({ id: g.id, name: g.name, window: handlingWindow(daysByCode.get(g.itemCode) ?? [], g.promisedDays, range) }));
  const linked = new Set(coded.map((g) => g.itemCode));
  const allDays = [...linked].flatMap((code) => daysByCode.get(code) ?? []);
  const promised = coded.filter((g) => g.promisedDays !== null);
  const within = promised.reduce((n, g) => n + (daysByCode.get(g.itemCode) ?? []).filter((d) => d <= (g.promisedDays as number)).length, 0);
  const judged = promised.reduce((n, g) => n + (daysByCode.get(g.itemCode)?.length ?? 0), 0);
  const all: HandlingWindow = { ...handlingWindow(allDays, null, range), withinPromisedShare: shareOf(within, judged) };
  const unlinked = [...daysByCode.entries()].filter(([code]) => !linked.has(code)).map(([itemCode, days]) => ({ itemCode, completed: days.length })).sort((a, b) => a.itemCode.localeCompare(b.itemCode));
  return { guides: perGuide.sort((a, b) => b.window.completed - a.window.completed), all, unlinked };
}

export async function handlingFigures(range: DayRange): Promise<PeriodFigures['handling']> {
  const [daysByCode, guides] = await Promise.all([completedDaysByCode(range), loadGuideCodes()]);
  return handlingByGuide(daysByCode, guides, range);
}
