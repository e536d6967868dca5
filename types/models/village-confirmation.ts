// What a village liaison (村级信息员) confirms for a published item in one of their villages: the poster is
// up (已张贴) or the script was read over the loudspeaker (已广播), with a photo and the time it was done.
// One document per (item, village, action): confirming again keeps the first.
import type { FeedKind } from './feed';

export const VILLAGE_CONFIRMATION_COLLECTION = 'village_confirmations';

export const CONFIRM_ACTIONS = ['posted', 'broadcast'] as const;
export type ConfirmAction = (typeof CONFIRM_ACTIONS)[number];
export const CONFIRM_ACTION_LABELS: Record<ConfirmAction, string> = { posted: '已张贴', broadcast: '已广播' };

/** A notice should be up on the boards of the villages it concerns within this many days of publishing. */
export const CONFIRM_DUE_DAYS = 3;
/** When a notice's villages should have confirmed it. */
export const confirmDueAt = (publishedAt: Date): Date => new Date(publishedAt.getTime() + CONFIRM_DUE_DAYS * 86_400_000);
/** Overdue: past its due time with neither 已张贴 nor 已广播 confirmed. */
export const confirmationOverdue = (dueAt: Date, confirmed: number, now: Date): boolean => confirmed === 0 && now > dueAt;

/** A liaison's list covers notices published within this many days. */
export const LIAISON_WINDOW_DAYS = 30;

export const confirmationId = (refId: string, area: string, action: ConfirmAction): string => `${refId}:${area}:${action}`;

export interface VillageConfirmationDoc {
  _id: string;
  kind: FeedKind;
  refId: string;
  /** '乡镇/村'. */
  area: string;
  action: ConfirmAction;
  /** A photo of the board (or the broadcast room) in the liaison's own staff folder. */
  photo: string;
  /** When it was put up or read, as the liaison says (not later than the confirmation). */
  doneAt: Date;
  by: string;
  createdAt: Date;
}
