// Where a consultation stands (by Beijing days: open from its first day to the end of its last), and
// how consultations and comments reach the client.
import type { CommentView, ConsultationListItem, ConsultationState } from '#types/api/consultation-views';
import type { CommentDoc, ConsultationDoc } from '#types/models/consultation';
import { maskPersonal } from '../cases/mask-personal';
import { beijingStartOf, daysAfter, isoDay as day } from '../time/beijing-time';

export function stateOf(c: Pick<ConsultationDoc, 'opensAt' | 'closesAt'>, now: Date): ConsultationState {
  if (now < beijingStartOf(c.opensAt)) return 'upcoming';
  return now < daysAfter(beijingStartOf(c.closesAt), 1) ? 'open' : 'closed';
}

export function toConsultationItem(c: ConsultationDoc, now: Date): ConsultationListItem {
  return {
    id: c._id, title: c.title, summary: c.summary, opensAt: day(c.opensAt), closesAt: day(c.closesAt), state: stateOf(c, now),
    commentCount: c.commentCount, hasOutcome: c.outcome !== null,
  };
}

/** Public: the words with numbers and names masked, never who wrote them. `own` adds status for the author and staff. */
export function toCommentView(c: CommentDoc, own = false, title?: string): CommentView {
  const view: CommentView = {
    id: c._id, section: c.section, text: own ? c.text : maskPersonal(c.text), createdAt: c.createdAt.toISOString(),
    outcome: c.outcome ? { decision: c.outcome.decision, reason: c.outcome.reason } : null,
    ...(c.meetingId ? { meetingId: c.meetingId } : {}),
  };
  return own ? { ...view, status: c.status, hiddenReason: c.hiddenReason, ...(title ? { consultationTitle: title } : {}) } : view;
}
