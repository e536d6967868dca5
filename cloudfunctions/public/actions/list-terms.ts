// Anyone may call; the glossary (术语解释) in alphabetical (pinyin-agnostic code point) order.
import { publicApi } from '#types/api/public';
import { TERM_COLLECTION, type TermDoc } from '#types/models/policy';
import { db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { decodeOffset, offsetPage } from '../../_shared/offset-cursor';
import { toTerm } from '../views';

export const listTerms = defineHandler(publicApi.listTerms, 'anyone', async ({ cursor, limit = 50 }) => {
  const offset = decodeOffset(cursor);
  const rows = await docsOf<TermDoc>(db.collection(TERM_COLLECTION).where({ lifecycle: 'published' }).orderBy('term', 'asc').skip(offset).limit(limit + 1));
  const { items, nextCursor } = offsetPage(rows, offset, limit);
  return { items: items.map(toTerm), nextCursor };
});
