// Village-board posters (staff make them; a scan opens the app through `openPoster`), scan counts, and
// village liaisons' confirmations with the offline delivery report beside a notice's push report.
import * as v from 'valibot';
import type { FeedKind } from '../models/feed';
import { POSTER_ID_PATTERN, type PosterSubject } from '../models/poster';
import { CONFIRM_ACTIONS, type ConfirmAction } from '../models/village-confirmation';
import { defineAction } from './action';
import { uploadFileId } from './file-id';

export interface PosterView {
  id: string;
  subject: PosterSubject;
  kind: FeedKind | null;
  refId: string | null;
  township: string;
  village: string | null;
  area: string;
  title: string;
  points: string[];
  /** A board sheet's items. */
  items: { kind: FeedKind; title: string }[];
  month: string | null;
  webLink: string | null;
  bureau: { name: string; hotline: string | null };
  /** The day printed on the sheet ('YYYY-MM-DD', Beijing). */
  day: string;
  scans: number;
  createdByName: string;
  createdAt: string;
}

/** A poster with its mini-program code (PNG, base64), for drawing the sheet. */
export interface PosterSheet extends PosterView {
  codePng: string;
}

export interface PosterScanReport {
  posters: Pick<PosterView, 'id' | 'title' | 'area' | 'scans' | 'createdByName' | 'createdAt' | 'subject'>[];
  /** Scans per board place ('乡镇' or '乡镇/村'), most first. */
  areas: { area: string; posters: number; scans: number }[];
  /** Places that have posters and no scan yet. */
  silent: string[];
}

/** Where a poster's code leads: the item's page, a board sheet's list, or why the item is gone. */
export type PosterLanding =
  | { state: 'open'; title: string; path: string }
  | { state: 'board'; title: string; area: string; items: { kind: FeedKind; title: string; path: string | null }[] }
  | { state: 'withdrawn'; title: string; note: string | null; replacement: { title: string; path: string } | null };

export interface LiaisonTask {
  kind: FeedKind;
  refId: string;
  title: string;
  area: string;
  publishedAt: string;
  /** When confirmations are due (notices only); null when nothing is due. */
  dueAt: string | null;
  overdue: boolean;
  /** Posters made for this village, to print. */
  posterIds: string[];
  /** The broadcast script's page, for notices. */
  scriptPath: string | null;
  confirmed: Partial<Record<ConfirmAction, string>>;
}

export interface ConfirmationView {
  refId: string;
  area: string;
  action: ConfirmAction;
  doneAt: string;
  createdAt: string;
}

export interface OfflineReport {
  /** Villages the notice concerns that have a liaison. */
  villages: { area: string; posted: string | null; broadcast: string | null; overdue: boolean; posters: number; scans: number }[];
  confirmed: number;
  overdue: number;
  dueAt: string;
  /** Scans of this item's posters, everywhere, since they were made. */
  scans: number;
}

const refId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));
const posterId = v.pipe(v.string(), v.regex(POSTER_ID_PATTERN, '海报编号无效'));
const placeName = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const area = v.pipe(v.string(), v.trim(), v.minLength(3), v.maxLength(20));

export const posterStaffApi = {
  /** A poster for a published item, or (no refId) a 本村公开栏 sheet for this month, for one board. Once per request id; getPoster gives its code to draw. */
  makePoster: defineAction<PosterView>()(
    v.strictObject({
      requestId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/)),
      refId: v.optional(refId),
      township: placeName(10),
      village: v.optional(v.nullable(placeName(8)), null),
    }),
    { refId: '内容', township: '乡镇', village: '村' },
  ),
  /** A poster with its code again, to draw and print (staff, or the liaison of its village). */
  getPoster: defineAction<PosterSheet>()(v.strictObject({ id: posterId })),
  /** Scans per poster and per place, and the places whose posters nobody scanned; optionally one item's. */
  listPosterScans: defineAction<PosterScanReport>()(v.strictObject({ refId: v.optional(refId) })),
  /** A liaison's work: recent notices and posters for their villages, and what they confirmed. */
  listLiaisonTasks: defineAction<{ items: LiaisonTask[]; villages: string[] }>()(v.strictObject({})),
  /** 已张贴 / 已广播 for an item in one of the liaison's villages, with a photo. Confirming again keeps the first. */
  confirmDelivery: defineAction<ConfirmationView>()(
    v.strictObject({ refId, area, action: v.picklist(CONFIRM_ACTIONS), photo: uploadFileId, doneAt: v.pipe(v.string(), v.isoTimestamp('时间格式不对')) }),
    { area: '村', action: '确认事项', photo: '照片', doneAt: '张贴或广播时间' },
  ),
  /** For a notice: villages confirmed and overdue, and scans of its posters, beside the push report. */
  getOfflineReport: defineAction<OfflineReport>()(v.strictObject({ noticeId: refId })),
};

export const posterPublicApi = {
  /** Where a scanned poster code leads (the scan itself is counted by recordOpen). */
  openPoster: defineAction<PosterLanding>()(v.strictObject({ id: posterId })),
};
