import type { CaseView, StaffCaseView } from '#types/api/case-views';
import { FOLLOW_UP_AFTER_DAYS, isAwaitingReply, type CaseDoc } from '#types/models/case';
import { fileUrls } from '../file-urls';

/** Download links for the photos of a page of cases, in one call. */
export const photoUrlsOf = (cases: CaseDoc[]): Promise<Map<string, string>> => fileUrls(cases.flatMap((c) => c.photos ?? []));

/** `urls` turns stored photo file ids into links; without it the view carries no photos. */
export function toCaseView(c: CaseDoc, now: Date, urls?: Map<string, string>): CaseView {
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
    photos: urls ? (c.photos ?? []).map((id) => urls.get(id) ?? '').filter(Boolean) : [],
  };
}

export const toStaffCaseView = (c: CaseDoc, now: Date, urls?: Map<string, string>): StaffCaseView => ({
  ...toCaseView(c, now, urls), phone: c.phone, held: c.held, assignee: c.assignee?.name ?? null, public: c.public ?? false,
});
