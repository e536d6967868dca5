// The 7-field cron of cloud function timer triggers: second minute hour day month weekday year,
// read in China Standard Time (UTC+8) whatever the machine's zone. cron-parser reads the first six
// (a day and a weekday both given match either, as the platform documents); the year is checked here.
import { type CronExpression, CronExpressionParser } from 'cron-parser';

const ZONE = 'Asia/Shanghai';
const CST_OFFSET_MS = 8 * 3600_000;
const FIRST_YEAR = 1970;
const LAST_YEAR = 2099;
/** The platform's wildcards: `, - * /` (and `?`), numbers and the English month and day names. */
const PLATFORM_FIELD = /^[0-9A-Za-z*?,/-]+$/;
const NAME = /[A-Za-z]+/g;

export interface CronSchedule {
  expression: CronExpression;
  years: Set<number>;
}

export function parseCron(text: string): CronSchedule {
  const parts = text.trim().split(/\s+/);
  if (parts.length !== 7) throw new Error(`cron "${text}" must have 7 fields`);
  const sixFields = parts.slice(0, 6);
  // cron-parser also knows L, #, H and weekday 7, which the platform refuses: so do we.
  for (const field of sixFields) {
    const names = field.match(NAME) ?? [];
    if (!PLATFORM_FIELD.test(field) || names.some((n) => n.length !== 3)) throw new Error(`cron "${text}": field "${field}" is not allowed`);
  }
  let expression: CronExpression;
  try {
    expression = CronExpressionParser.parse(sixFields.join(' '), { tz: ZONE, strict: false });
  } catch (error) {
    throw new Error(`cron "${text}" out of range or malformed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (/(^|[^0-9])7([^0-9]|$)/.test(parts[5] as string)) throw new Error(`cron "${text}": weekday out of range (0-6)`);
  return { expression, years: parseYears(parts[6] as string, text) };
}

/** The year field: `*`, a year, a range, a list, each with an optional `/step`, within 1970-2099. */
function parseYears(field: string, text: string): Set<number> {
  const years = new Set<number>();
  const bad = (): Error => new Error(`cron "${text}": year "${field}" out of range or malformed`);
  for (const item of field.split(',')) {
    const match = /^(?:(\*|\?)|(\d{4})(?:-(\d{4}))?)(?:\/(\d+))?$/.exec(item);
    if (!match) throw bad();
    const [, any, fromText, toText, stepText] = match;
    const from = any ? FIRST_YEAR : Number(fromText);
    const to = any || (stepText && !toText) ? LAST_YEAR : Number(toText ?? fromText);
    const step = stepText === undefined ? 1 : Number(stepText);
    if (from < FIRST_YEAR || to > LAST_YEAR || from > to || step < 1) throw bad();
    for (let year = from; year <= to; year += step) years.add(year);
  }
  return years;
}

/** Whether the schedule fires at this instant (to the second), read in UTC+8. */
export function cronMatches(schedule: CronSchedule, at: Date): boolean {
  const year = new Date(at.getTime() + CST_OFFSET_MS).getUTCFullYear();
  return schedule.years.has(year) && schedule.expression.includesDate(at);
}
