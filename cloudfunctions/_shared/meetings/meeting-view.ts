// How meetings and registrations reach the client: seats left for everyone, minutes once the outcome
// is published, the person's own details in full to them, masked to staff.
import type { MeetingView, MyRegistration, StaffMeetingView, StaffRegistration } from '#types/api/meetings';
import type { MeetingDoc, RegistrationDoc } from '#types/models/meeting';
import { maskDetail } from '#types/text/mask-detail';

export function toMeetingView(m: MeetingDoc, outcomePublished: boolean): MeetingView {
  return {
    id: m._id, consultationId: m.consultationId, startsAt: m.startsAt.toISOString(), place: m.place, township: m.township,
    capacity: m.capacity, seatsLeft: Math.max(0, m.capacity - m.registered), registration: m.registration, phone: m.phone,
    status: m.status, cancelReason: m.cancelReason, minutes: outcomePublished && m.minutes ? m.minutes : null,
  };
}

export const toStaffMeetingView = (m: MeetingDoc): StaffMeetingView => ({ ...toMeetingView(m, true), minutes: m.minutes, registered: m.registered });

export function toMyRegistration(r: RegistrationDoc, meeting: MeetingDoc | null, title: string | null): MyRegistration {
  return {
    id: r._id, meetingId: r.meetingId, consultationId: r.consultationId, consultationTitle: title, status: r.status,
    startsAt: meeting ? meeting.startsAt.toISOString() : null, place: meeting?.place ?? null, meetingStatus: meeting?.status ?? null,
    name: r.name, phone: r.phone, reminder: r.reminderAt !== null, createdAt: r.createdAt.toISOString(),
  };
}

/** 王** : the family name only. */
const maskName = (name: string): string => (name ? `${[...name][0]}${'*'.repeat(Math.max(1, [...name].length - 1))}` : '');

export function toStaffRegistration(r: RegistrationDoc): StaffRegistration {
  return { id: r._id, name: maskName(r.name), phone: maskDetail('phone', r.phone), status: r.status, attended: r.attended, createdAt: r.createdAt.toISOString() };
}
