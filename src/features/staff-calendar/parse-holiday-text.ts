// The admin types a year's arrangement as the State Council's notice reads: one holiday a line
// ("春节 2027-02-06 至 2027-02-13"), and the make-up working days as dates. This turns the text into
// the structure the function checks; the checks themselves are the shared schema's.
import type { HolidayRange } from '#types/models/holiday-calendar';

const DATE = /\d{4}-\d{1,2}-\d{1,2}/g;
const pad = (d: string): string => d.split('-').map((part, i) => (i === 0 ? part : part.padStart(2, '0'))).join('-');

/** Lines like "元旦 2027-01-01 至 2027-01-03" (one date for a single day); a line it cannot read is reported. */
export function parseHolidayLines(text: string): { holidays: HolidayRange[]; unreadable: string | null } {
  const holidays: HolidayRange[] = [];
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const dates = (line.match(DATE) ?? []).map(pad);
    const name = line.replace(DATE, '').replace(/[至到~—\-－，,：:]/g, ' ').trim().split(/\s+/)[0] ?? '';
    if (!name || dates.length < 1 || dates.length > 2) return { holidays, unreadable: line };
    holidays.push({ name, from: dates[0] as string, to: (dates[1] ?? dates[0]) as string });
  }
  return { holidays, unreadable: null };
}

export const parseDates = (text: string): string[] => (text.match(DATE) ?? []).map(pad);
