// A report year's bounds. Instants (an application received, a decision made) count by the Beijing calendar
// year; dates stored as UTC midnight of their day (a policy's issue date, a 双公示 decision date) by UTC year.
const BEIJING_OFFSET_MS = 8 * 3_600_000;

export interface YearSpan {
  start: Date;
  end: Date;
}

/** From 1 January 00:00 Beijing time to the next 1 January, end excluded. */
export const beijingYear = (year: number): YearSpan => ({
  start: new Date(Date.UTC(year, 0, 1) - BEIJING_OFFSET_MS),
  end: new Date(Date.UTC(year + 1, 0, 1) - BEIJING_OFFSET_MS),
});

/** For day-valued dates stored as UTC midnight. */
export const dayYear = (year: number): YearSpan => ({ start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year + 1, 0, 1)) });

export const within = (at: Date | null | undefined, span: YearSpan): boolean => !!at && at >= span.start && at < span.end;
