// Ranks what people ask for into one "update next" list (pure: the computation between reading and
// writing is one function of what was read). Searches count 1 each (weakly answered ones ½), a case
// about an item 2, a not-helpful vote 1; an item the freshness report lists as overdue or due soon
// counts double, and a stale item is listed when anyone pays attention to it (votes, followers),
// because there are no read counts. Townships sum the cases about their projects and notices.
import type { CaseCategory } from '#types/models/case';
import { DEMAND_ROWS_MAX, DEMAND_TOWNSHIPS_MAX, type DemandKind, type DemandRow, type ItemDemand, type TownshipDemand } from '#types/models/demand';
import type { DutyKind, DutyRow } from '#types/models/freshness';
import { itemAction, writeQaAction } from './demand-action';
import type { ItemAttention } from './read-item-attention';
import type { CaseGroup } from './read-case-demand';
import type { SearchDemandRead } from './read-search-demand';

export interface StaleDuty {
  state: DutyRow['state'];
  overdueDays: number;
  duty: string;
  dutyKind: DutyKind;
}

const DUTY_TO_ITEM: Partial<Record<DutyKind, DemandKind>> = { project: 'project', disclosure: 'project', policy: 'policy', service: 'service', notice: 'notice', budget: 'budget' };

/** The freshness report's rows as the worst duty per item (a new policy's draft clock is not an item's). */
export function staleItems(rows: DutyRow[]): Map<string, StaleDuty> {
  const out = new Map<string, StaleDuty>();
  for (const r of rows) {
    const kind = DUTY_TO_ITEM[r.kind];
    if (!kind || r.key.endsWith(':draft')) continue;
    const key = `${kind}:${r.itemId}`;
    const seen = out.get(key);
    const worse = !seen || (r.state === 'overdue' && seen.state !== 'overdue') || (r.state === seen.state && r.overdueDays > seen.overdueDays);
    if (worse) out.set(key, { state: r.state, overdueDays: r.overdueDays, duty: r.duty, dutyKind: r.kind });
  }
  return out;
}

const round = (n: number): number => Math.round(n * 10) / 10;

function searchRows(search: SearchDemandRead): DemandRow[] {
  const byKey = new Map<string, DemandRow & { search: NonNullable<DemandRow['search']> }>();
  const row = (key: string, q: string) => {
    let r = byKey.get(key);
    if (!r) byKey.set(key, (r = { key: `search:${key}`, title: q, kind: null, itemId: null, township: null, score: 0, search: { unanswered: 0, weak: 0, opened: 0 }, item: null, action: writeQaAction(q) }));
    return r;
  };
  for (const [outcome, groups] of [['unanswered', search.unanswered], ['weak', search.weak]] as const) {
    for (const g of groups) {
      const r = row(g.key, g.q);
      r.search[outcome] = g.count;
      r.search.opened += g.opened;
    }
  }
  for (const r of byKey.values()) r.score = round(r.search.unanswered + r.search.weak / 2);
  return [...byKey.values()];
}

interface ItemTally {
  kind: DemandKind;
  id: string;
  title: string;
  cases: Partial<Record<CaseCategory, number>>;
  total: number;
}

function tallyCases(groups: CaseGroup[]): Map<string, ItemTally> {
  const items = new Map<string, ItemTally>();
  for (const g of groups) {
    const key = `${g.kind}:${g.id}`;
    let t = items.get(key);
    if (!t) items.set(key, (t = { kind: g.kind, id: g.id, title: g.title, cases: {}, total: 0 }));
    t.cases[g.category] = (t.cases[g.category] ?? 0) + g.count;
    t.total += g.count;
  }
  return items;
}

export interface RankedDemand {
  rows: DemandRow[];
  truncated: number;
  townships: TownshipDemand[];
}

export function rankDemand(search: SearchDemandRead, cases: CaseGroup[], attention: Map<string, ItemAttention>, stale: Map<string, StaleDuty>): RankedDemand {
  const tallies = tallyCases(cases);
  const itemRows: DemandRow[] = [];
  const keys = new Set([...tallies.keys(), ...stale.keys()]);
  for (const key of keys) {
    const t = tallies.get(key);
    const a = attention.get(key);
    const [kind, ...rest] = key.split(':') as [DemandKind, ...string[]];
    const id = rest.join(':');
    // Gone, withdrawn or superseded: nothing to update (budgets are not documents: kept).
    if (kind !== 'budget' && (!a || !a.published)) continue;
    const s = stale.get(key) ?? null;
    const item: ItemDemand = {
      cases: t?.cases ?? {}, casesTotal: t?.total ?? 0, helpful: a?.helpful ?? 0, unhelpful: a?.unhelpful ?? 0, followers: a?.followers ?? 0,
      stale: s && { state: s.state, overdueDays: s.overdueDays, duty: s.duty },
    };
    const asked = item.casesTotal * 2 + item.unhelpful;
    const noticed = item.helpful + item.followers;
    if (asked === 0 && !(s && noticed > 0)) continue;
    const score = round((asked + noticed / 10) * (s ? 2 : 1));
    itemRows.push({ key, title: a?.title || t?.title || '', kind, itemId: id, township: a?.township ?? null, score, search: null, item, action: itemAction(kind, id, s?.dutyKind ?? null) });
  }
  const all = [...searchRows(search), ...itemRows].sort((x, y) => y.score - x.score || x.key.localeCompare(y.key));
  return { rows: all.slice(0, DEMAND_ROWS_MAX), truncated: Math.max(0, all.length - DEMAND_ROWS_MAX), townships: townships(itemRows) };
}

function townships(itemRows: DemandRow[]): TownshipDemand[] {
  const by = new Map<string, TownshipDemand & { topCases: number }>();
  for (const r of itemRows) {
    if (!r.township || !r.item || r.item.casesTotal === 0) continue;
    let t = by.get(r.township);
    if (!t) by.set(r.township, (t = { township: r.township, cases: {}, casesTotal: 0, items: 0, top: { title: r.title, action: r.action }, topCases: 0 }));
    for (const [category, n] of Object.entries(r.item.cases) as [CaseCategory, number][]) t.cases[category] = (t.cases[category] ?? 0) + n;
    t.casesTotal += r.item.casesTotal;
    t.items += 1;
    if (r.item.casesTotal > t.topCases) Object.assign(t, { topCases: r.item.casesTotal, top: { title: r.title, action: r.action } });
  }
  return [...by.values()]
    .sort((a, b) => b.casesTotal - a.casesTotal || a.township.localeCompare(b.township))
    .slice(0, DEMAND_TOWNSHIPS_MAX)
    .map(({ topCases: _unused, ...t }) => t);
}
