// Anyone may call; published proposal replies, newest reply first, by year and kind, and matching words
// in the number, title or reply (the list is a few hundred a year, so a pattern match is enough).
import { publicApi } from '#types/api/public';
import { PROPOSAL_COLLECTION, type ProposalDoc } from '#types/models/proposal';
import { toProposalItem } from '../../_shared/about/proposal-view';
import { _, db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { decodeOffset, offsetPage } from '../../_shared/offset-cursor';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const listProposals = defineHandler(publicApi.listProposals, 'anyone', async ({ year, proposerType, q, cursor, limit = 20 }) => {
  const offset = decodeOffset(cursor);
  const filters: object[] = [{ lifecycle: _.in(['published', 'superseded']) }];
  if (year) filters.unshift({ year });
  if (proposerType) filters.push({ proposerType });
  const words = (q ?? '').split(/\s+/).filter(Boolean);
  for (const word of words) {
    const pattern = db.RegExp({ regexp: escapeRegExp(word), options: 'i' });
    filters.push(_.or([{ number: pattern }, { title: pattern }, { replySummary: pattern }]));
  }
  const rows = await docsOf<ProposalDoc>(
    db.collection(PROPOSAL_COLLECTION).where(_.and(filters)).field({ attachments: false }).orderBy('repliedAt', 'desc').orderBy('_id', 'desc').skip(offset).limit(limit + 1),
  );
  const { items, nextCursor } = offsetPage(rows, offset, limit);
  return { items: items.map(toProposalItem), nextCursor };
});
