// Where each category of 政府信息公开目录 comes from: the published collections themselves, read through
// indexes they already have (lifecycle and the list's own date order), title, number and date only.
// Withdrawn items are left out; superseded policies stay (they were published and remain readable).
import type { CatalogueCategory, CatalogueItem } from '#types/api/catalogue-views';
import { BUDGET_COLLECTION, BUDGET_TYPE_LABELS, type BudgetDoc } from '#types/models/budget';
import { BUREAU_COLLECTION, BUREAU_ID } from '#types/models/bureau';
import { CONSULTATION_COLLECTION } from '#types/models/consultation';
import { GUIDE_COLLECTION, GUIDE_ID } from '#types/models/disclosure-guide';
import { NOTICE_COLLECTION } from '#types/models/notice';
import { POLICY_COLLECTION } from '#types/models/policy';
import { PROJECT_COLLECTION } from '#types/models/project';
import { PROPOSAL_COLLECTION } from '#types/models/proposal';
import { SERVICE_COLLECTION } from '#types/models/service';
import { ANNUAL_REPORT_COLLECTION } from '#types/models/annual-report';
import { _, db, docOrNull, docsOf } from '../cloud';
import { isoDay, toBeijingInput } from '../time/beijing-time';

type Row = Record<string, unknown> & { _id: string };
/** Up to `limit` items from `offset`, in the category's order. */
export type CataloguePage = (offset: number, limit: number) => Promise<CatalogueItem[]>;

const LIVE = _.in(['published', 'superseded']);
/** A calendar day stored as UTC midnight (issued, replied, opens). */
const calendarDay = (at: unknown): string | null => (at instanceof Date ? isoDay(at) : null);
/** An instant (published, updated), as its day in Beijing. */
const beijingDay = (at: unknown): string | null => (at instanceof Date ? toBeijingInput(at).slice(0, 10) : null);

interface Query {
  collection: string;
  order: [field: string, direction: 'asc' | 'desc'];
  fields: string[];
  item(row: Row): Omit<CatalogueItem, 'id'>;
}

function fromCollection({ collection, order, fields, item }: Query): CataloguePage {
  return async (offset, limit) => {
    const rows = await docsOf<Row>(
      db.collection(collection).where({ lifecycle: LIVE }).orderBy(order[0], order[1]).orderBy('_id', order[1]).skip(offset).limit(limit).field(Object.fromEntries(fields.map((f) => [f, true]))),
    );
    return rows.map((row) => ({ id: row._id, ...item(row) }));
  };
}

/** Lists read whole (a handful of documents), then paged in memory. */
function fromSmallList(read: () => Promise<CatalogueItem[]>): CataloguePage {
  return async (offset, limit) => (await read()).slice(offset, offset + limit);
}

async function aboutItems(): Promise<CatalogueItem[]> {
  const [bureau, guide] = await Promise.all([docOrNull<Row>(db.collection(BUREAU_COLLECTION).doc(BUREAU_ID)), docOrNull<Row>(db.collection(GUIDE_COLLECTION).doc(GUIDE_ID))]);
  const items: CatalogueItem[] = [];
  if (bureau && bureau.lifecycle !== 'withdrawn') items.push({ id: BUREAU_ID, title: `${String(bureau.name)}机构信息`, docNumber: '', date: beijingDay(bureau.updatedAt), path: '/about/bureau/index' });
  if (guide && guide.lifecycle !== 'withdrawn') items.push({ id: GUIDE_ID, title: '政府信息公开指南', docNumber: '', date: beijingDay(guide.updatedAt), path: '/about/guide/index' });
  return items;
}

async function budgetItems(): Promise<CatalogueItem[]> {
  const docs = await docsOf<Pick<BudgetDoc, '_id' | 'year' | 'type' | 'importedAt'>>(db.collection(BUDGET_COLLECTION).limit(1000).field({ year: true, type: true, importedAt: true }));
  return docs
    .sort((a, b) => b.year - a.year || a.type.localeCompare(b.type))
    .map((d) => ({ id: d._id, title: `${d.year}年部门${BUDGET_TYPE_LABELS[d.type]}`, docNumber: '', date: beijingDay(d.importedAt), path: `/more/budgets/index?year=${d.year}&type=${d.type}` }));
}

async function annualReportItems(): Promise<CatalogueItem[]> {
  const docs = await docsOf<Row>(db.collection(ANNUAL_REPORT_COLLECTION).where({ year: _.gte(2019) }).orderBy('year', 'desc').limit(100).field({ year: true, lifecycle: true, publishedAt: true }));
  return docs
    .filter((d) => d.lifecycle === 'published')
    .map((d) => ({ id: d._id, title: `${String(d.year)}年政府信息公开工作年度报告`, docNumber: '', date: beijingDay(d.publishedAt), path: `/about/annual-report/index?year=${String(d.year)}` }));
}

export const CATALOGUE_SOURCES: Record<CatalogueCategory, CataloguePage> = {
  about: fromSmallList(aboutItems),
  policy: fromCollection({
    collection: POLICY_COLLECTION, order: ['issuedAt', 'desc'], fields: ['title', 'docNumber', 'issuedAt'],
    item: (r) => ({ title: String(r.title), docNumber: String(r.docNumber ?? ''), date: calendarDay(r.issuedAt), path: `/pages/policy/index?id=${r._id}` }),
  }),
  proposal: fromCollection({
    collection: PROPOSAL_COLLECTION, order: ['repliedAt', 'desc'], fields: ['title', 'number', 'repliedAt'],
    item: (r) => ({ title: String(r.title), docNumber: String(r.number), date: calendarDay(r.repliedAt), path: `/about/proposal/index?id=${r._id}` }),
  }),
  project: fromCollection({
    collection: PROJECT_COLLECTION, order: ['lastUpdateAt', 'desc'], fields: ['name', 'lastUpdateAt'],
    item: (r) => ({ title: String(r.name), docNumber: '', date: beijingDay(r.lastUpdateAt), path: `/pages/project/index?id=${r._id}` }),
  }),
  service: fromCollection({
    collection: SERVICE_COLLECTION, order: ['name', 'asc'], fields: ['name', 'updatedAt'],
    item: (r) => ({ title: String(r.name), docNumber: '', date: beijingDay(r.updatedAt), path: `/more/service/index?id=${r._id}` }),
  }),
  budget: fromSmallList(budgetItems),
  notice: fromCollection({
    collection: NOTICE_COLLECTION, order: ['publishedAt', 'desc'], fields: ['title', 'publishedAt'],
    item: (r) => ({ title: String(r.title), docNumber: '', date: beijingDay(r.publishedAt), path: `/pages/notice/index?id=${r._id}` }),
  }),
  consultation: fromCollection({
    collection: CONSULTATION_COLLECTION, order: ['opensAt', 'desc'], fields: ['title', 'opensAt'],
    item: (r) => ({ title: String(r.title), docNumber: '', date: calendarDay(r.opensAt), path: `/more/consultation/index?id=${r._id}` }),
  }),
  annualReport: fromSmallList(annualReportItems),
};
