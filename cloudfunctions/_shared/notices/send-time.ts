// Notice times: staff write Beijing wall-clock times; the store keeps instants.
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
