import type { CaseView, StaffCaseView } from '#types/api/case-views';
import { FOLLOW_UP_AFTER_DAYS, isAwaitingReply, type CaseDoc } from '#types/models/case';

export function toCaseView(c: CaseDoc, now: Date): CaseView {
  const closedAt = c.closedAt ?? null;
  return {
    id: c._id,
    trackingNo: c.trackingNo,
    category: c.category,
    text: c.text,
    related: c.related,
    status: c.status,
    events: c.events.map((e) => ({ ...e, at: e.at.toISOString() })),
    reply: c.reply,
    createdAt: c.createdAt.toISOString(),
    dueAt: c.dueAt.toISOString(),
    overdue: isAwaitingReply(c.status) && now > c.dueAt,
    consentPublic: c.consentPublic ?? false,
    followUpDue: c.status === 'closed' && !c.followUp && closedAt !== null && now.getTime() - closedAt.getTime() >= FOLLOW_UP_AFTER_DAYS * 86_400_000,
    followUp: c.followUp ? { solved: c.followUp.solved } : null,
  };
}

export const toStaffCaseView = (c: CaseDoc, now: Date): StaffCaseView => ({
  ...toCaseView(c, now), phone: c.phone, held: c.held, assignee: c.assignee?.name ?? null, public: c.public ?? false,
});
