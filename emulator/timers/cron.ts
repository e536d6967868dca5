// The 7-field cron of cloud function timer triggers: second minute hour day month weekday year,
// evaluated in China Standard Time (UTC+8) whatever the machine's zone.

const CST_OFFSET_MS = 8 * 3600_000;
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface FieldSpec {
  min: number;
  max: number;
  names?: string[];
  nameBase?: number;
}

const FIELDS: FieldSpec[] = [
  { min: 0, max: 59 },
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: MONTHS, nameBase: 1 },
  { min: 0, max: 6, names: DAYS, nameBase: 0 },
  { min: 1970, max: 2099 },
];

export type CronSchedule = Set<number>[];

export function parseCron(expression: string): CronSchedule {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 7) throw new Error(`cron "${expression}" must have 7 fields`);
  return parts.map((part, index) => parseField(part, FIELDS[index] as FieldSpec));
}

function parseField(text: string, spec: FieldSpec): Set<number> {
  const values = new Set<number>();
  for (const item of text.split(',')) {
    const [range = '*', stepText] = item.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    let from = spec.min;
    let to = spec.max;
    if (range !== '*' && range !== '?') {
      const [a = '', b] = range.split('-');
      from = value(a, spec);
      to = b === undefined ? (stepText === undefined ? from : spec.max) : value(b, spec);
    }
    if (!Number.isInteger(step) || step < 1 || from > to) throw new Error(`bad cron field "${text}"`);
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return values;
}

function value(text: string, spec: FieldSpec): number {
  const named = spec.names?.indexOf(text.toUpperCase()) ?? -1;
  const n = named >= 0 ? named + (spec.nameBase ?? 0) : Number(text);
  if (!Number.isInteger(n) || n < spec.min || n > spec.max) throw new Error(`cron value "${text}" out of range`);
  return n;
}

/** Whether the schedule fires at this instant (to the second), read in UTC+8. */
export function cronMatches(schedule: CronSchedule, at: Date): boolean {
  const t = new Date(at.getTime() + CST_OFFSET_MS);
  const fields = [
    t.getUTCSeconds(),
    t.getUTCMinutes(),
    t.getUTCHours(),
    t.getUTCDate(),
    t.getUTCMonth() + 1,
    t.getUTCDay(),
    t.getUTCFullYear(),
  ];
  return fields.every((v, i) => schedule[i]?.has(v));
}
