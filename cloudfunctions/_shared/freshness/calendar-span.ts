// Calendar spans on Beijing days for duties counted in weeks, months or years (a monthly progress
// update, a yearly guide review, the inspection rules' 2 weeks and 6 months): the due instant is the
// end of the Beijing day the span lands on; a day past the month's end clamps to its last day.
const CST_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

function endOfCstDate(year: number, month: number, day: number): Date {
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day, last)) + DAY_MS - CST_OFFSET_MS - 1);
}

export function afterMonths(start: Date, months: number): Date {
  const cst = new Date(start.getTime() + CST_OFFSET_MS);
  const total = cst.getUTCMonth() + months;
  return endOfCstDate(cst.getUTCFullYear() + Math.floor(total / 12), ((total % 12) + 12) % 12, cst.getUTCDate());
}

export function afterDays(start: Date, days: number): Date {
  const cst = new Date(start.getTime() + CST_OFFSET_MS + days * DAY_MS);
  return endOfCstDate(cst.getUTCFullYear(), cst.getUTCMonth(), cst.getUTCDate());
}
