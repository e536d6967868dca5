// The summary's states, as content revisions have them: editors save (any save returns it to draft) and
// submit; a reviewer who wrote none of it marks it reviewed or returns it with a note. Every change names
// the version it was made on, runs in a transaction with its audit entry, and a retry of a change that
// already happened answers the stored summary instead of failing.
import type { SummarySection, WorkSummaryDoc } from '#types/models/work-summary';
import { summaryId, WORK_SUMMARY_COLLECTION } from '#types/models/work-summary';
import { failedPrecondition, invalidArgument } from '../app-error';
import { recordAudit } from '../audit';
import { docOrNull, runTransaction } from '../cloud';
import type { Half } from '../time/day-range';

export type SummaryChange =
  | { kind: 'save'; sections: Record<SummarySection, string> }
  | { kind: 'submit' }
  | { kind: 'review'; decision: 'approve' | 'return'; note: string };

const STALE = '总结已被他人修改，请刷新后在最新版本上操作';

/** Whether the stored summary is what this very change, already applied, left. */
function alreadyDone(doc: WorkSummaryDoc, version: number, change: SummaryChange, actor: string): boolean {
  if (doc.version !== version + 1 || doc.updatedBy !== actor) return false;
  if (change.kind === 'save') return doc.status === 'draft' && JSON.stringify(doc.sections) === JSON.stringify(change.sections);
  if (change.kind === 'submit') return doc.status === 'submitted';
  return doc.status === (change.decision === 'approve' ? 'reviewed' : 'returned') && doc.reviewNote === change.note;
}

function next(doc: WorkSummaryDoc | null, base: { year: number; half: Half }, change: SummaryChange, actor: string, now: Date): WorkSummaryDoc {
  const stamp = { version: (doc?.version ?? 0) + 1, updatedAt: now, updatedBy: actor };
  if (change.kind === 'save') {
    const authors = [...new Set([...(doc?.authors ?? []), actor])];
    return { _id: summaryId(base.year, base.half), ...base, reviewNote: doc?.reviewNote ?? '', ...stamp, status: 'draft', sections: change.sections, authors, submittedBy: null, reviewedAt: null, reviewedBy: null };
  }
  if (!doc) throw failedPrecondition('请先保存总结');
  if (change.kind === 'submit') {
    if (doc.status !== 'draft' && doc.status !== 'returned') throw failedPrecondition('只有草稿或已退回的总结可以提交审核');
    return { ...doc, ...stamp, status: 'submitted', submittedBy: actor };
  }
  if (doc.status !== 'submitted') throw failedPrecondition('只有待审核的总结可以审核');
  if (doc.authors.includes(actor)) throw failedPrecondition('不能审核自己写过的总结，请由其他审核员审核');
  if (change.decision === 'return' && change.note.trim().length < 2) throw invalidArgument('退回时请写明审核意见');
  const reviewed = change.decision === 'approve';
  return { ...doc, ...stamp, status: reviewed ? 'reviewed' : 'returned', reviewedBy: reviewed ? actor : null, reviewedAt: reviewed ? now : null, reviewNote: change.note };
}

export function changeSummary(year: number, half: Half, version: number, change: SummaryChange, actor: string, now: Date): Promise<WorkSummaryDoc> {
  return runTransaction(async (tx) => {
    const ref = tx.collection(WORK_SUMMARY_COLLECTION).doc(summaryId(year, half));
    const doc = await docOrNull<WorkSummaryDoc>(ref);
    if (doc && alreadyDone(doc, version, change, actor)) return doc;
    if ((doc?.version ?? 0) !== version) throw failedPrecondition(STALE);
    const after = next(doc, { year, half }, change, actor, now);
    const { _id, ...data } = after;
    await ref.set({ data });
    await recordAudit(tx, { actor, action: `summary.${change.kind === 'review' ? change.decision : change.kind}`, collection: WORK_SUMMARY_COLLECTION, targetId: _id, before: doc ? { status: doc.status, version: doc.version } : null, after: { status: after.status, version: after.version } }, now);
    return after;
  });
}
