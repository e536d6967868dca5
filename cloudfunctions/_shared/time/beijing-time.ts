// Times as staff write them (Beijing wall clock) against the instants the store keeps, and the
// 'YYYY-MM-DD' dates (kept as UTC midnight) that date fields hold.
const DAY_MS = 86_400_000;

/** '2026-12-01T08:00' (or with a space) in Beijing time. */
export function beijingDateTime(text: string): Date {
  return new Date(`${text.replace(' ', 'T')}:00+08:00`);
}

/** The instant a 'YYYY-MM-DD' date (stored as UTC midnight) begins in Beijing. */
export function beijingStartOf(date: Date): Date {
  return new Date(date.getTime() - 8 * 3600_000);
}

export function toBeijingInput(date: Date): string {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 16);
}

export const daysBefore = (date: Date, days: number): Date => new Date(date.getTime() - days * DAY_MS);
export const daysAfter = (date: Date, days: number): Date => new Date(date.getTime() + days * DAY_MS);

/** A date field back as 'YYYY-MM-DD'. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
export const isoDayOrNull = (date: Date | null): string | null => (date ? isoDay(date) : null);
