// The middle value (the mean of the two middle ones for an even count) and the mean; null when empty.
export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export const mean = (values: number[]): number | null => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/** Rounded to one decimal place, null kept. */
export const oneDecimal = (value: number | null): number | null => (value === null ? null : Math.round(value * 10) / 10);

/** A share rounded to three decimal places (0.857), null when nothing was counted. */
export const shareOf = (part: number, whole: number): number | null => (whole ? Math.round((part / whole) * 1000) / 1000 : null);
