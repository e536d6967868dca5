import type { RegistrationMode } from '#types/models/meeting';
import { call } from '@/lib/cloud';

export const fetchMeetings = (consultationId: string) => call('public', 'listMeetings', { consultationId }, { retry: true });
export const fetchMyRegistrations = (consultationId?: string, cursor?: string) =>
  call('public', 'listMyRegistrations', { ...(consultationId ? { consultationId } : {}), ...(cursor ? { cursor } : {}) }, { retry: true });
/** The request id makes a retried registration land once. */
export const registerMeeting = (meetingId: string, requestId: string, name: string, phone: string) => call('public', 'registerMeeting', { meetingId, requestId, name, phone }, { retry: true });
export const cancelRegistration = (meetingId: string) => call('public', 'cancelRegistration', { meetingId }, { retry: true });

export interface MeetingDraft {
  meetingId: string;
  consultationId: string;
  /** Beijing wall clock, 'YYYY-MM-DDTHH:mm'. */
  startsAt: string;
  place: string;
  township: string | null;
  capacity: number;
  registration: RegistrationMode;
  phone: string;
}
export const fetchStaffMeetings = (consultationId: string) => call('staff', 'listStaffMeetings', { consultationId }, { retry: true });
export const saveMeeting = (draft: MeetingDraft) => call('staff', 'saveMeeting', draft, { retry: true });
export const cancelMeeting = (meetingId: string, reason: string) => call('staff', 'cancelMeeting', { meetingId, reason });
export const fetchRegistrations = (meetingId: string, cursor?: string) => call('staff', 'listRegistrations', { meetingId, ...(cursor ? { cursor } : {}) }, { retry: true });
export const markAttendance = (id: string, attended: boolean) => call('staff', 'markAttendance', { id, attended });
export const recordMeetingOpinion = (meetingId: string, section: number, text: string, requestId: string) =>
  call('staff', 'recordMeetingOpinion', { meetingId, section, text, requestId }, { retry: true });
export const saveMinutes = (meetingId: string, minutes: string) => call('staff', 'saveMinutes', { meetingId, minutes });
