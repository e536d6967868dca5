// A case with the person's details taken out once its retention period has passed: the call-back phone
// and photos gone, the applicant's numbers, address and e-mail emptied and the name cut to its first
// character, the person's own words passed through maskPersonal. What statistics and the annual report
// count (category, status, dates, clock, decision, reply) stays as it was.
import type { CaseDoc, DisclosureDetails } from '#types/models/case';
import { maskPersonal } from '../cases/mask-personal';

export type ErasedFields = Pick<CaseDoc, 'phone' | 'photos' | 'text' | 'events' | 'personalErasedAt'> & { disclosure?: DisclosureDetails };

export function erasedCase(c: CaseDoc, now: Date): ErasedFields {
  const d = c.disclosure;
  return {
    phone: null,
    photos: [],
    text: maskPersonal(c.text),
    events: c.events.map((e) => (e.by === 'citizen' ? { ...e, note: maskPersonal(e.note) } : e)),
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
