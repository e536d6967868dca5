// A case with the person's details taken out once its retention period has passed: the call-back phone
// and photos gone, the applicant's numbers, address and e-mail emptied and the name cut to its first
// character, the person's own words and whatever staff wrote (a reply may repeat a phone number) passed
// through maskPersonal. What statistics and the annual report count (category, status, dates, clock,
// decision) stays as it was.
import type { CaseDoc, DisclosureDetails } from '#types/models/case';
import { maskPersonal } from '../cases/mask-personal';

export type ErasedFields = Pick<CaseDoc, 'phone' | 'photos' | 'text' | 'reply' | 'events' | 'personalErasedAt'> & { disclosure?: DisclosureDetails };

export function erasedCase(c: CaseDoc, now: Date): ErasedFields {
  const d = c.disclosure;
  return {
    phone: null,
    photos: [],
    text: maskPersonal(c.text),
    reply: c.reply === null ? null : maskPersonal(c.reply),
    events: c.events.map((e) => ({ ...e, note: maskPersonal(e.note) })),
    personalErasedAt: now,
    ...(d
      ? {
          disclosure: {
            ...d,
            applicant: { ...d.applicant, name: d.applicant.name ? `${d.applicant.name.slice(0, 1)}**` : '', idNumber: '', phone: '', address: '', email: '' },
            description: maskPersonal(d.description),
            purpose: maskPersonal(d.purpose),
            supplement: d.supplement ? { ...d.supplement, text: d.supplement.text === null ? null : maskPersonal(d.supplement.text) } : null,
          },
        }
      : {}),
  };
}

/** Whether an audit entry's before/after is a copy of a case (those are erased alongside it). */
export const isCaseCopy = (value: unknown): value is CaseDoc =>
  typeof value === 'object' && value !== null && 'trackingNo' in value && 'events' in value && 'openid' in value;

/** When a case's retention period starts: when it was closed, or, for one left 已答复 or 待补正 (nobody
 * closes it), when it last changed. A case still awaiting the bureau's reply has none. */
export function retentionStart(c: Pick<CaseDoc, 'status' | 'closedAt' | 'updatedAt'>): Date | null {
  if (c.status === 'closed') return c.closedAt ?? null;
  return IDLE_STATUSES.includes(c.status) ? c.updatedAt : null;
}

/** Statuses in which a case waits on nobody at the bureau, so it may simply be left. */
export const IDLE_STATUSES: readonly CaseDoc['status'][] = ['replied', 'supplement'];
