// Offline consultation meetings (线下意见征集会): held during a consultation, with a capacity people
// register for in the app (or by phone with the organiser). Opinions voiced there become comments on
// the consultation (origin 'meeting'); the minutes are published with the outcome report.

export const MEETING_COLLECTION = 'consultation_meetings';
/** One per person per meeting: _id a hash of both (registering twice finds the first). */
export const REGISTRATION_COLLECTION = 'meeting_registrations';

/** Seats one meeting may offer. */
export const MEETING_CAPACITY_MAX = 500;

export const REGISTRATION_MODES = ['app', 'phone'] as const;
export type RegistrationMode = (typeof REGISTRATION_MODES)[number];
export const REGISTRATION_MODE_LABELS: Record<RegistrationMode, string> = { app: '在小程序里报名', phone: '电话报名' };

export const MEETING_STATUSES = ['scheduled', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export interface MeetingDoc {
  _id: string;
  consultationId: string;
  startsAt: Date;
  /** Free text (hall, address); the township when it is in one. */
  place: string;
  township: string | null;
  capacity: number;
  registration: RegistrationMode;
  /** The organiser's phone: to register by phone, or to ask. */
  phone: string;
  status: MeetingStatus;
  cancelReason: string | null;
  /** Seats taken: moved in the same transaction as each registration, so capacity holds under concurrency. */
  registered: number;
  /** 会议纪要: shown publicly once the consultation's outcome report is published. */
  minutes: string;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export const REGISTRATION_STATUSES = ['registered', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export interface RegistrationDoc {
  _id: string;
  meetingId: string;
  consultationId: string;
  openid: string;
  /** Optional, for the organiser: personal data (masked for staff, in the person's export). */
  name: string;
  phone: string;
  status: RegistrationStatus;
  /** Marked by staff at the meeting; null until then. */
  attended: boolean | null;
  /** The client request that made this registration: its duplicates find it and answer the same. */
  requestId: string;
  /** When the reminder the day before is due (send job `meeting-<_id>`); null when none was scheduled. */
  reminderAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** Set when retention cleared the name and phone (the cases' period after the last change). */
  personalErasedAt: Date | null;
}
