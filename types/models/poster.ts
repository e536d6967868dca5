// Posters for village notice boards (村务公开栏): an A4 sheet with a published item's title, a few plain
// points and a mini-program code whose scene is the poster's id, so a scan is counted against the poster
// (its item, the board it was made for and who made it): counts only, never who scanned.
import type { FeedKind } from './feed';

export const POSTER_COLLECTION = 'posters';
/** The page a poster's code opens; it reads the scene (the poster id) and sends the reader on. */
export const POSTER_PAGE = 'more/poster/index';
/** A poster id is the code's whole scene (the platform allows 32 characters). */
export const POSTER_ID_PATTERN = /^[A-Za-z0-9_-]{12}$/;
/** Plain-language points a poster prints. */
export const POSTER_POINTS_MAX = 5;
/** Characters one point may keep on the sheet. */
export const POSTER_POINT_CHARS = 46;
/** What a 本村公开栏 sheet lists at most. */
export const BOARD_ITEMS_MAX = 5;

/** An item's own poster, or a township's or village's 本村公开栏 sheet for a month. */
export type PosterSubject = 'item' | 'board';

export interface PosterDoc {
  _id: string;
  subject: PosterSubject;
  /** The item (subject 'item'); null for a board sheet. */
  kind: FeedKind | null;
  refId: string | null;
  /** The board it is put up on: a township, or a village of it. */
  township: string;
  village: string | null;
  /** `areaOf(township, village)`: what scans are grouped by. */
  area: string;
  title: string;
  points: string[];
  /** A board sheet's items, which its code lists. */
  items: { kind: FeedKind; refId: string; title: string }[];
  /** The Beijing month a board sheet covers ('YYYY-MM'); null for an item. */
  month: string | null;
  /** The item's page on the web (PORTAL_BASE_URL), printed beside the code; null when not deployed. */
  webLink: string | null;
  /** Scans counted so far (the app opened through the code). */
  scans: number;
  createdBy: string;
  createdByName: string;
  createdAt: Date;
}

/** The `src` a scan reports through the one open-counting action (recordOpen). */
export const posterSource = (posterId: string): string => `poster.${posterId}`;
export const POSTER_SOURCE_PATTERN = /^poster\.([A-Za-z0-9_-]{12})$/;
