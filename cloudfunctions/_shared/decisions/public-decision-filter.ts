// The condition for the public 双公示 list: the kind, still inside its publicity period, optionally a
// year (and month) of decision, an authority, a penalty type, and a keyword over party name, decision
// number and content. Served by the (kind, [authority | penaltyTypes,] decisionDate, _id) indexes.
import { _, db } from '../cloud';
import { olderThan, type TimeCursor } from '../time-cursor';

export interface DecisionFilter {
  kind: string;
  q: string;
  year?: number;
  month?: number;
  authority?: string;
  penaltyType?: string;
}

const utcDay = (year: number, month: number): Date => new Date(Date.UTC(year, month - 1, 1));
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function publicDecisionFilter(f: DecisionFilter, viewFrom: Date, cursor: TimeCursor | null): object {
  let from = viewFrom;
  let until: Date | null = null;
  if (f.year !== undefined) {
    const start = utcDay(f.year, f.month ?? 1);
    until = f.month === undefined ? utcDay(f.year + 1, 1) : utcDay(f.year, f.month + 1);
    if (start > from) from = start;
  }
  const where: Record<string, unknown> = { kind: f.kind, decisionDate: until ? _.gte(from).and(_.lt(until)) : _.gte(from) };
  if (f.authority) where.authority = f.authority;
  if (f.penaltyType) where.penaltyTypes = f.penaltyType;
  if (f.q) where.searchText = db.RegExp({ regexp: escapeRegExp(f.q.toLowerCase()), options: 'i' });
  return cursor ? _.and([where, olderThan('decisionDate', cursor)]) : where;
}
