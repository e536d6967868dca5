// Anyone may call; one year's budget or final accounts with the year-on-year figures and the names
// of the projects it funds.
import { publicApi } from '#types/api/public';
import { BUDGET_COLLECTION, budgetId, THREE_PUBLIC_ITEMS, type BudgetDoc } from '#types/models/budget';
import { PROJECT_COLLECTION } from '#types/models/project';
import { notFound } from '../../_shared/app-error';
import { _, db, docOrNull, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { fileUrls } from '../../_shared/file-urls';

export const getBudget = defineHandler(publicApi.getBudget, 'anyone', async ({ year, type }) => {
  const doc = await docOrNull<BudgetDoc>(db.collection(BUDGET_COLLECTION).doc(budgetId(year, type)));
  if (!doc) throw notFound(`${year} 年的${type === 'budget' ? '预算' : '决算'}`);
  const sameKind = await docsOf<Pick<BudgetDoc, 'year' | 'total' | 'threePublic'>>(
    db.collection(BUDGET_COLLECTION).where({ type, year: _.lte(year) }).orderBy('year', 'asc').limit(10).field({ year: true, total: true, threePublic: true }),
  );
  const ids = [...new Set([...doc.functional, ...doc.economic].flatMap((l) => l.projectIds).concat(doc.specialFunds.flatMap((f) => (f.projectId ? [f.projectId] : []))))];
  const projects = ids.length ? await docsOf<{ _id: string; name: string }>(db.collection(PROJECT_COLLECTION).where({ _id: _.in(ids) }).limit(1000).field({ name: true })) : [];
  const names = Object.fromEntries(projects.map((p) => [p._id, p.name]));
  const urls = await fileUrls(doc.documents.map((d) => d.fileId));
  return {
    year: doc.year,
    type: doc.type,
    total: doc.total,
    previousTotal: sameKind.find((d) => d.year === year - 1)?.total ?? null,
    functional: doc.functional,
    economic: doc.economic,
    economicScope: doc.economicScope ?? 'all',
    basicTotal: doc.basicTotal ?? null,
    threePublic: THREE_PUBLIC_ITEMS.map((item) => ({ item, ...doc.threePublic[item] })),
    threePublicByYear: sameKind.slice(-5).map((d) => ({ year: d.year, amounts: Object.fromEntries(THREE_PUBLIC_ITEMS.map((i) => [i, d.threePublic[i].amount])) as Record<(typeof THREE_PUBLIC_ITEMS)[number], number> })),
    specialFunds: doc.specialFunds,
    projects: names,
    documents: doc.documents.map((d) => ({ name: d.name, url: urls.get(d.fileId) ?? null })),
  };
});
