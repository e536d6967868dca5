// The cases' side of demand signals: cases opened in the last DEMAND_CASE_DAYS days, counted per
// related item (the ask form's "对这条内容有疑问" link names it) and category. Counts only: no text,
// no person.
import { CASE_COLLECTION, type CaseCategory } from '#types/models/case';
import { DEMAND_CASE_DAYS, DEMAND_KINDS, type DemandKind } from '#types/models/demand';
import { _, countOf, db } from '../../cloud';

const DAY_MS = 86_400_000;
const GROUPS_MAX = 20_000;

export interface CaseGroup {
  kind: DemandKind;
  id: string;
  /** The title the ask form carried (shown only when the item itself is gone). */
  title: string;
  category: CaseCategory;
  count: number;
}

export async function readCaseDemand(now: Date): Promise<{ groups: CaseGroup[]; scanned: number }> {
  const $ = _.aggregate;
  const since = { createdAt: _.gte(new Date(now.getTime() - DEMAND_CASE_DAYS * DAY_MS)) };
  const [res, scanned] = await Promise.all([
    db.collection(CASE_COLLECTION).aggregate().match(since)
      .group({ _id: { kind: '$related.kind', id: '$related.id', category: '$category' }, title: $.first('$related.title'), count: $.sum(1) })
      .limit(GROUPS_MAX).end() as Promise<{ list: { _id: { kind?: string; id?: string; category: CaseCategory }; title: string | null; count: number }[] }>,
    countOf(db.collection(CASE_COLLECTION).where(since)),
  ]);
  const groups: CaseGroup[] = [];
  for (const g of res.list) {
    const { kind, id, category } = g._id;
    if (!kind || !id || !(DEMAND_KINDS as readonly string[]).includes(kind)) continue;
    groups.push({ kind: kind as DemandKind, id, title: g.title ?? '', category, count: g.count });
  }
  return { groups, scanned };
}
