// Anyone may call; the years with a published budget or final accounts, newest first.
import type { BudgetYear } from '#types/api/budget-views';
import { publicApi } from '#types/api/public';
import { BUDGET_COLLECTION, type BudgetDoc } from '#types/models/budget';
import { db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';

export const listBudgetYears = defineHandler(publicApi.listBudgetYears, 'anyone', async () => {
  const docs = await docsOf<Pick<BudgetDoc, 'year' | 'type'>>(db.collection(BUDGET_COLLECTION).limit(1000).field({ year: true, type: true }));
  const years = new Map<number, BudgetYear>();
  for (const d of docs) years.set(d.year, { year: d.year, types: [...(years.get(d.year)?.types ?? []), d.type].sort() });
  return { items: [...years.values()].sort((a, b) => b.year - a.year) };
});
