// Whether a search entry still applies: a repealed or superseded policy, or a notice (or policy) past
// its end, ranks below what is in force, and is always labelled so no one mistakes it for current.
import type { SearchEntry } from '#types/models/search';

export type Standing = 'superseded' | 'repealed' | 'expired';

export const STANDING_LABELS: Record<Standing, string> = { superseded: '（已被替代）', repealed: '（已废止）', expired: '（已过期）' };

/** Score multipliers: what no longer applies still shows when it is what was asked for, but lower. */
const STANDING_FACTORS: Record<Standing, number> = { superseded: 0.5, repealed: 0.5, expired: 0.6 };

export function standingOf(entry: SearchEntry, now: Date): Standing | null {
  if (entry.standing) return entry.standing;
  if (entry.endsAt && new Date(entry.endsAt).getTime() < now.getTime()) return 'expired';
  return null;
}

export const standingFactor = (standing: Standing | null): number => (standing ? STANDING_FACTORS[standing] : 1);

/** Moves each superseded entry to just below its successor when the successor is in the list too. */
export function belowSuccessors<T extends { entry: SearchEntry }>(ranked: T[]): T[] {
  const out = [...ranked];
  for (const item of ranked) {
    const successor = item.entry.successorId;
    if (!successor) continue;
    const from = out.indexOf(item);
    const to = out.findIndex((other) => other.entry.refId === successor && other.entry.kind === item.entry.kind);
    if (to > from) {
      out.splice(from, 1);
      out.splice(to, 0, item);
    }
  }
  return out;
}
