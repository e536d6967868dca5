// What the freshness check reads: only the fields the duty rules need, of published items, each
// through a declared index (the local cloud refuses unindexed queries; a real one would scan).
import { BUDGET_APPROVALS_ID, BUDGET_COLLECTION, type BudgetApprovalsDoc, type BudgetDoc, type BudgetType } from '#types/models/budget';
import { CASE_COLLECTION, CASE_SETTINGS_COLLECTION, type CaseDoc, type CaseStatus } from '#types/models/case';
import { FEED_COLLECTION, type FeedDoc } from '#types/models/feed';
import { NOTICE_COLLECTION, type NoticeDoc } from '#types/models/notice';
import { POLICY_COLLECTION, type PolicyDoc } from '#types/models/policy';
import { PROJECT_COLLECTION, type ProjectDoc } from '#types/models/project';
import { REVISION_COLLECTION, type RevisionDoc } from '#types/models/revision';
import { SERVICE_COLLECTION, type ServiceDoc } from '#types/models/service';
import { allDocs } from '../all-docs';
import { _, db, docOrNull, docsOf } from '../cloud';

export type ProjectRow = Pick<ProjectDoc, '_id' | 'name' | 'status' | 'lastUpdateAt' | 'disclosures' | 'lifecycle' | 'publishedAt'>;
export type PolicyRow = Pick<PolicyDoc, '_id' | 'title' | 'status' | 'expiresAt' | 'lifecycle' | 'attachments' | 'publishedAt' | 'updatedAt' | 'supersededBy'>;
export type ServiceRow = Pick<ServiceDoc, '_id' | 'name' | 'updatedAt' | 'publishedAt' | 'basisPolicyIds'>;
export type NoticeRow = Pick<NoticeDoc, '_id' | 'title' | 'validTo' | 'publishedAt'>;
export type CaseRow = Pick<CaseDoc, '_id' | 'trackingNo' | 'category' | 'createdAt' | 'dueAt' | 'assignee'>;
export type DraftRow = Pick<RevisionDoc, '_id' | 'kind' | 'targetId' | 'baseVersion' | 'authorId' | 'content'>;

const fields = (names: string[]): Record<string, true> => Object.fromEntries(names.map((n) => [n, true]));

export const readProjects = (): Promise<ProjectRow[]> =>
  allDocs<ProjectRow>((offset, limit) =>
    db.collection(PROJECT_COLLECTION).orderBy('lastUpdateAt', 'desc').orderBy('_id', 'desc').field(fields(['name', 'status', 'lastUpdateAt', 'disclosures', 'lifecycle', 'publishedAt'])).skip(offset).limit(limit),
  ).then((rows) => rows.filter((p) => p.lifecycle === 'published'));

export const readPolicies = (): Promise<PolicyRow[]> =>
  allDocs<PolicyRow>((offset, limit) =>
    db.collection(POLICY_COLLECTION).orderBy('issuedAt', 'desc').orderBy('_id', 'desc').field(fields(['title', 'status', 'expiresAt', 'lifecycle', 'attachments', 'publishedAt', 'updatedAt', 'supersededBy'])).skip(offset).limit(limit),
  );

export const readServices = (): Promise<ServiceRow[]> =>
  allDocs<ServiceRow>((offset, limit) =>
    db.collection(SERVICE_COLLECTION).where({ lifecycle: 'published' }).orderBy('name', 'asc').orderBy('_id', 'asc').field(fields(['name', 'updatedAt', 'publishedAt', 'basisPolicyIds'])).skip(offset).limit(limit),
  );

export const readNotices = (): Promise<NoticeRow[]> =>
  allDocs<NoticeRow>((offset, limit) =>
    db.collection(NOTICE_COLLECTION).where({ lifecycle: 'published' }).orderBy('publishedAt', 'desc').orderBy('_id', 'desc').field(fields(['title', 'validTo', 'publishedAt'])).skip(offset).limit(limit),
  );

/** The newest entry of the home feed (the 首页 column of the inspection rules). */
export const readLatestFeed = async (): Promise<Date | null> =>
  (await docsOf<FeedDoc>(db.collection(FEED_COLLECTION).orderBy('publishedAt', 'desc').orderBy('_id', 'desc').limit(1)))[0]?.publishedAt ?? null;

/** Open cases whose clock ends before `horizon`: the rest are neither due soon nor overdue. */
export async function readCasesDueBy(horizon: Date): Promise<CaseRow[]> {
  const byStatus = (status: CaseStatus) =>
    allDocs<CaseRow>((offset, limit) =>
      db.collection(CASE_COLLECTION).where({ status, dueAt: _.lte(horizon) }).orderBy('dueAt', 'asc').orderBy('_id', 'asc').field(fields(['trackingNo', 'category', 'createdAt', 'dueAt', 'assignee'])).skip(offset).limit(limit),
    );
  return (await Promise.all([byStatus('received'), byStatus('assigned')])).flat();
}

/** New policies not yet published (their 20-working-day publication clock runs from issuedAt). */
export async function readPolicyDrafts(): Promise<DraftRow[]> {
  const byStatus = (status: string) =>
    allDocs<DraftRow>((offset, limit) => db.collection(REVISION_COLLECTION).where({ status }).orderBy('updatedAt', 'desc').orderBy('_id', 'desc').skip(offset).limit(limit));
  const all = (await Promise.all(['draft', 'in_review', 'rejected'].map(byStatus))).flat();
  return all.filter((r) => r.kind === 'policy' && r.baseVersion === 0);
}

export interface BudgetApprovalRow {
  id: string;
  year: number;
  type: BudgetType;
  approvedOn: string;
  by: string;
  importedAt: Date | null;
}

/** Every recorded approval with when its budget was last imported (null: not yet). */
export async function readBudgetApprovals(): Promise<BudgetApprovalRow[]> {
  const doc = await docOrNull<BudgetApprovalsDoc>(db.collection(CASE_SETTINGS_COLLECTION).doc(BUDGET_APPROVALS_ID));
  const entries = Object.entries(doc?.approvals ?? {});
  if (!entries.length) return [];
  const ids = entries.map(([id]) => id);
  const imported = await docsOf<Pick<BudgetDoc, '_id' | 'importedAt'>>(db.collection(BUDGET_COLLECTION).where({ _id: _.in(ids) }).field({ importedAt: true }).limit(ids.length));
  const at = new Map(imported.map((b) => [b._id, b.importedAt]));
  return entries.map(([id, a]) => {
    const [year, type] = id.split('-') as [string, BudgetType];
    return { id, year: Number(year), type, approvedOn: a.approvedOn, by: a.by, importedAt: at.get(id) ?? null };
  });
}
