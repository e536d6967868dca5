// Keyset paging for lists ordered newest first by a date field: the cursor is the last item's time
// and id, so items published meanwhile never shift a page or appear twice.
import { invalidArgument } from './app-error';
import { _ } from './cloud';

export interface TimeCursor {
  at: Date;
  id: string;
}

export function decodeCursor(cursor: string): TimeCursor {
  const match = /^(\d{1,15})_([A-Za-z0-9_-]{1,64})$/.exec(cursor);
  if (!match) throw invalidArgument('翻页参数无效，请刷新后重试');
  return { at: new Date(Number(match[1])), id: match[2] as string };
}

export const encodeCursor = (at: Date, id: string): string => `${at.getTime()}_${id}`;

/** The condition for "after this cursor" in (field desc, _id desc) order. */
export function olderThan(field: string, cursor: TimeCursor): object {
  return _.or([{ [field]: _.lt(cursor.at) }, { [field]: cursor.at, _id: _.lt(cursor.id) }]);
}

/** Splits a fetched `limit + 1` rows into the page and the next cursor. */
export function pageOf<T extends { _id: string }>(rows: T[], limit: number, timeOf: (row: T) => Date): { page: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { page, nextCursor: rows.length > limit && last ? encodeCursor(timeOf(last), last._id) : null };
}
