import type { CaseView, DisclosureView, StaffCaseView } from '#types/api/case-views';
import { FOLLOW_UP_AFTER_DAYS, isAwaitingReply, NEAR_DUE_WORKING_DAYS, type CaseDoc, type DisclosureDetails } from '#types/models/case';
import { maskDetail } from '#types/text/mask-detail';
import { fileUrls } from '../file-urls';
import { calendarCovers, workingDaysBetween } from '../time/working-days';

/** Download links for the photos and disclosed documents of a page of cases, in one call. */
export const photoUrlsOf = (cases: CaseDoc[]): Promise<Map<string, string>> =>
  fileUrls(cases.flatMap((c) => [...(c.photos ?? []), ...(c.disclosure?.decision?.documents.map((d) => d.fileId) ?? [])]));

function disclosureView(d: DisclosureDetails | undefined, urls?: Map<string, string>): DisclosureView | null {
  if (!d) return null;
  const iso = (at: Date | null): string | null => (at ? at.toISOString() : null);
  return {
    applicant: d.applicant, description: d.description, purpose: d.purpose, form: d.form,
    extended: d.extended ? { reason: d.extended.reason, at: d.extended.at.toISOString() } : null,
    supplement: d.supplement ? { note: d.supplement.note, requestedAt: d.supplement.requestedAt.toISOString(), text: d.supplement.text, answeredAt: iso(d.supplement.answeredAt) } : null,
    decision: d.decision
      ? { type: d.decision.type, reason: d.decision.reason ?? null, at: d.decision.at.toISOString(), documents: d.decision.documents.map((doc) => ({ name: doc.name, url: urls?.get(doc.fileId) ?? null })) }
      : null,
  };
}

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
    dueProvisional: isAwaitingReply(c.status) && (c.clock ? c.clock.provisional : !calendarCovers(c.dueAt, c.createdAt)),
    overdue: isAwaitingReply(c.status) && now > c.dueAt,
    consentPublic: c.consentPublic ?? false,
    followUpDue: c.status === 'closed' && !c.followUp && closedAt !== null && now.getTime() - closedAt.getTime() >= FOLLOW_UP_AFTER_DAYS * 86_400_000,
    followUp: c.followUp ? { solved: c.followUp.solved } : null,
    photos: urls ? (c.photos ?? []).map((id) => urls.get(id) ?? null) : [],
    disclosure: disclosureView(c.disclosure, urls),
  };
}

/** The applicant as staff see them by default: ID number, phone, address and e-mail masked. */
function maskedDisclosure(d: DisclosureView | null): DisclosureView | null {
  if (!d) return null;
  const a = d.applicant;
  return {
    ...d,
    applicant: { ...a, idNumber: maskDetail('applicant.idNumber', a.idNumber), phone: maskDetail('applicant.phone', a.phone), address: maskDetail('applicant.address', a.address), email: maskDetail('applicant.email', a.email) },
  };
}

/** What staff see: personal details masked (revealPersonal shows one in full, recorded). */
export function toStaffCaseView(c: CaseDoc, now: Date, urls?: Map<string, string>): StaffCaseView {
  const view = toCaseView(c, now, urls);
  return {
    ...view, disclosure: maskedDisclosure(view.disclosure), phone: maskDetail('phone', c.phone), held: c.held, assignee: c.assignee?.name ?? null, public: c.public ?? false,
    nearDue: isAwaitingReply(c.status) && now <= c.dueAt && workingDaysBetween(now, c.dueAt) <= NEAR_DUE_WORKING_DAYS,
    personalErased: Boolean(c.personalErasedAt),
  };
}
