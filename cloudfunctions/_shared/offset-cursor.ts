// Offset paging for short lists (a policy's Q&A, the glossary): the cursor is the next offset.
import { invalidArgument } from './app-error';

const MAX_OFFSET = 1000;

export function decodeOffset(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const offset = /^\d{1,4}$/.test(cursor) ? Number(cursor) : NaN;
  if (!(offset <= MAX_OFFSET)) throw invalidArgument('翻页参数无效，请刷新后重试');
  return offset;
}

/** Rows fetched with limit + 1: the page and the next cursor. */
export function offsetPage<T>(rows: T[], offset: number, limit: number): { items: T[]; nextCursor: string | null } {
  const more = rows.length > limit && offset + limit < MAX_OFFSET;
  return { items: rows.slice(0, limit), nextCursor: more ? String(offset + limit) : null };
}
