// Consultation meetings (线下意见征集会) as citizens and staff see them, and the actions on them
// (spread into the public and staff tables).
import * as v from 'valibot';
import { MEETING_CAPACITY_MAX, REGISTRATION_MODES, type MeetingStatus, type RegistrationMode, type RegistrationStatus } from '../models/meeting';
import { defineAction } from './action';
import { isoDayTime } from './calendar-day';
import type { CommentView } from './consultation-views';
import { optionalPhoneNumber } from './phone-number';
import { line, prose } from './text-rule';

export interface MeetingView {
  id: string;
  consultationId: string;
  /** An instant (ISO); shown in Beijing time. */
  startsAt: string;
  place: string;
  township: string | null;
  capacity: number;
  seatsLeft: number;
  registration: RegistrationMode;
  phone: string;
  status: MeetingStatus;
  cancelReason: string | null;
  /** Public once the outcome report is published; staff always. */
  minutes: string | null;
}

export interface StaffMeetingView extends MeetingView {
  registered: number;
}

export interface MyRegistration {
  id: string;
  meetingId: string;
  consultationId: string;
  consultationTitle: string | null;
  status: RegistrationStatus;
  startsAt: string | null;
  place: string | null;
  meetingStatus: MeetingStatus | null;
  name: string;
  phone: string;
  /** Whether a reminder the day before was scheduled (the person allowed WeChat reminders). */
  reminder: boolean;
  createdAt: string;
}

/** Staff see names and phones masked, like cases. */
export interface StaffRegistration {
  id: string;
  name: string;
  phone: string;
  status: RegistrationStatus;
  attended: boolean | null;
  createdAt: string;
}

const id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));
const meetingId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/));
const hashId = v.pipe(v.string(), v.regex(/^[a-f0-9]{32}$/));
const requestId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/));
const cursor = v.optional(v.pipe(v.string(), v.maxLength(100)));
const limit = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50)));
const section = v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(39));

export const MEETING_FIELD_LABELS = { startsAt: '开会时间', place: '地点', township: '乡镇', capacity: '名额', registration: '报名方式', phone: '联系电话', name: '姓名', minutes: '会议纪要', text: '意见', reason: '取消原因' };

export const meetingPublicApi = {
  /** A consultation's meetings, soonest first, with seats left (minutes once the outcome is out). */
  listMeetings: defineAction<{ items: MeetingView[] }>()(v.strictObject({ consultationId: id })),
  /** Once per person per meeting, within its capacity however many register at once. */
  registerMeeting: defineAction<MyRegistration>()(
    v.strictObject({ meetingId, requestId, name: v.optional(line(20, 0), ''), phone: optionalPhoneNumber }),
    MEETING_FIELD_LABELS,
  ),
  /** Cancels the caller's registration: the seat is free again. */
  cancelRegistration: defineAction<MyRegistration>()(v.strictObject({ meetingId })),
  /** 我的报名: the caller's registrations, newest first (one consultation's when given). */
  listMyRegistrations: defineAction<{ items: MyRegistration[]; nextCursor: string | null }>()(v.strictObject({ consultationId: v.optional(id), cursor, limit })),
};

export const meetingStaffApi = {
  /** Creates (a new client-chosen id) or edits a meeting of a published consultation. Audited. */
  saveMeeting: defineAction<StaffMeetingView>()(
    v.strictObject({
      meetingId,
      consultationId: id,
      startsAt: isoDayTime,
      place: line(60, 2),
      township: v.optional(v.nullable(line(12, 1)), null),
      capacity: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MEETING_CAPACITY_MAX)),
      registration: v.picklist(REGISTRATION_MODES),
      phone: optionalPhoneNumber,
    }),
    MEETING_FIELD_LABELS,
  ),
  /** Cancels a meeting with the reason people see; their reminders are called off. Audited. */
  cancelMeeting: defineAction<StaffMeetingView>()(v.strictObject({ meetingId, reason: prose(100, 2) }), MEETING_FIELD_LABELS),
  listStaffMeetings: defineAction<{ items: StaffMeetingView[] }>()(v.strictObject({ consultationId: id })),
  /** Who registered, masked, oldest first. */
  listRegistrations: defineAction<{ items: StaffRegistration[]; nextCursor: string | null }>()(v.strictObject({ meetingId, cursor, limit })),
  markAttendance: defineAction<StaffRegistration>()(v.strictObject({ id: hashId, attended: v.boolean() })),
  /** An opinion voiced at the meeting, entered as a comment marked 会上意见 (once per request id). */
  recordMeetingOpinion: defineAction<CommentView>()(v.strictObject({ meetingId, section, text: prose(1000, 2), requestId }), MEETING_FIELD_LABELS),
  /** 会议纪要, published with the outcome report. Audited. */
  saveMinutes: defineAction<StaffMeetingView>()(v.strictObject({ meetingId, minutes: prose(5000, 10) }), MEETING_FIELD_LABELS),
};
