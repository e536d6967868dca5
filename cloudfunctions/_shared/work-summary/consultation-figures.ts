// Consultations that closed in a period and what became of their comments: adopted, partly adopted, not
// adopted, or still without an outcome (hidden comments are not counted).
import type { PeriodFigures } from '#types/api/work-summary-views';
import { COMMENT_COLLECTION, CONSULTATION_COLLECTION, type CommentDoc, type ConsultationDoc } from '#types/models/consultation';
import { allDocs } from '../all-docs';
import { _, db } from '../cloud';
import { type DayRange, rangeBounds } from '../time/day-range';

export function tallyOutcomes(closed: number, comments: Pick<CommentDoc, 'outcome'>[]): PeriodFigures['consultations'] {
  const count = (decision: string): number => comments.filter((c) => c.outcome?.decision === decision).length;
  return { closed, comments: comments.length, adopted: count('adopted'), partly: count('partly'), notAdopted: count('not_adopted'), undecided: comments.filter((c) => !c.outcome).length };
}

export async function consultationFigures(range: DayRange): Promise<PeriodFigures['consultations']> {
  const { start, end } = rangeBounds(range);
  const opened = await allDocs<Pick<ConsultationDoc, '_id' | 'closesAt'>>((offset, limit) =>
    db.collection(CONSULTATION_COLLECTION).where({ lifecycle: 'published', opensAt: _.lt(end) }).orderBy('opensAt', 'desc').orderBy('_id', 'desc').skip(offset).limit(limit).field({ closesAt: true }),
  );
  const closed = opened.filter((c) => c.closesAt >= start && c.closesAt < end);
  const comments = (
    await Promise.all(
      closed.map((c) =>
        allDocs<Pick<CommentDoc, 'outcome' | 'status'>>((offset, limit) => db.collection(COMMENT_COLLECTION).where({ consultationId: c._id, status: 'visible' }).skip(offset).limit(limit).field({ outcome: true, status: true })),
      ),
    )
  ).flat();
  return tallyOutcomes(closed.length, comments);
}
