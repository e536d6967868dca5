import type { CaseView, StaffCaseView } from '#types/api/case-views';
import type { CaseDoc } from '#types/models/case';

export function toCaseView(c: CaseDoc, now: Date): CaseView {
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
    overdue: c.status === 'received' && now > c.dueAt,
  };
}

export const toStaffCaseView = (c: CaseDoc, now: Date): StaffCaseView => ({ ...toCaseView(c, now), phone: c.phone, held: c.held });
