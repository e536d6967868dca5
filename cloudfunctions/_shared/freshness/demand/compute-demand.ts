// Demand signals, computed by the timer (the `demand-signals` task) at most every
// DEMAND_EVERY_MINUTES: reads the search log and the cases of the window, the freshness report's
// stale items, and what is recorded about attention to the items named, ranks them (rank-demand.ts)
// and replaces the one demand document in a transaction that keeps the later-dated of two
// overlapping runs. A computation that runs out of its budget writes nothing.
import { DEMAND_EVERY_MINUTES, DEMAND_REPORT_ID, type DemandKind, type DemandReportDoc } from '#types/models/demand';
import { FRESHNESS_COLLECTION, FRESHNESS_REPORT_ID, type FreshnessReportDoc } from '#types/models/freshness';
import { db, docOrNull, runTransaction } from '../../cloud';
import { rankDemand, staleItems } from './rank-demand';
import { readCaseDemand } from './read-case-demand';
import { readItemAttention } from './read-item-attention';
import { readSearchDemand } from './read-search-demand';

export interface DemandSummary {
  skipped?: 'not_due' | 'budget' | 'stale';
  tookMs: number;
  rows?: number;
}

export async function computeDemand(now: Date, budgetMs: number, options: { force?: boolean } = {}): Promise<DemandSummary> {
  const started = Date.now();
  const out = (): boolean => Date.now() - started > budgetMs;
  if (budgetMs <= 0) return { skipped: 'budget', tookMs: 0 };
  const [last, freshness] = await Promise.all([
    docOrNull<Pick<DemandReportDoc, 'checkedAt' | 'tookMs'>>(db.collection(FRESHNESS_COLLECTION).doc(DEMAND_REPORT_ID).field({ checkedAt: true, tookMs: true })),
    docOrNull<Pick<FreshnessReportDoc, 'rows'>>(db.collection(FRESHNESS_COLLECTION).doc(FRESHNESS_REPORT_ID).field({ rows: true })),
  ]);
  if (!options.force && last && now >= last.checkedAt && now.getTime() - last.checkedAt.getTime() < DEMAND_EVERY_MINUTES * 60_000) return { skipped: 'not_due', tookMs: Date.now() - started };
  if (last && budgetMs < last.tookMs * 1.5) return { skipped: 'budget', tookMs: Date.now() - started };
  const [search, cases] = await Promise.all([readSearchDemand(now), readCaseDemand(now)]);
  const phases: Record<string, number> = { read: Date.now() - started };
  if (out()) return { skipped: 'budget', tookMs: Date.now() - started };
  const stale = staleItems(freshness?.rows ?? []);
  const named = [...cases.groups.map((g) => ({ kind: g.kind, id: g.id })), ...[...stale.keys()].map((key) => {
    const [kind, ...id] = key.split(':');
    return { kind: kind as DemandKind, id: id.join(':') };
  })];
  const attention = await readItemAttention(named);
  phases.attention = Date.now() - started;
  const ranked = rankDemand(search, cases.groups, attention, stale);
  phases.rank = Date.now() - started;
  if (out()) return { skipped: 'budget', tookMs: Date.now() - started };
  const doc: Omit<DemandReportDoc, '_id'> = {
    checkedAt: now, tookMs: Date.now() - started, phases, scanned: { searches: search.scanned, cases: cases.scanned }, ...ranked, readCounts: false,
  };
  const written = await runTransaction(async (tx) => {
    const ref = tx.collection(FRESHNESS_COLLECTION).doc(DEMAND_REPORT_ID);
    const current = await docOrNull<DemandReportDoc>(ref);
    if (current && current.checkedAt.getTime() > now.getTime()) return false;
    await ref.set({ data: doc });
    return true;
  });
  return written ? { tookMs: doc.tookMs, rows: ranked.rows.length } : { skipped: 'stale', tookMs: Date.now() - started };
}
