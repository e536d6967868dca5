// Anyone may call; answered questions the askers agreed to show and staff marked public, newest
// answer first, with names and numbers masked. Held (unchecked) content never appears.
import { publicApi } from '#types/api/public';
import { CASE_COLLECTION, type CaseDoc } from '#types/models/case';
import { maskPersonal } from '../../_shared/cases/mask-personal';
import { _, db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { decodeCursor, olderThan, pageOf } from '../../_shared/time-cursor';

export const listAnsweredCases = defineHandler(publicApi.listAnsweredCases, 'anyone', async ({ cursor, limit = 20 }) => {
  const shown = { public: true, consentPublic: true, held: false };
  const condition = cursor ? _.and([shown, olderThan('firstRepliedAt', decodeCursor(cursor))]) : shown;
  const rows = await docsOf<CaseDoc>(db.collection(CASE_COLLECTION).where(condition).orderBy('firstRepliedAt', 'desc').orderBy('_id', 'desc').limit(limit + 1));
  const { page, nextCursor } = pageOf(rows, limit, (c) => c.firstRepliedAt as Date);
  return {
    items: page.map((c) => ({ id: c._id, category: c.category, text: maskPersonal(c.text), reply: maskPersonal(c.reply ?? ''), repliedAt: (c.firstRepliedAt as Date).toISOString() })),
    nextCursor,
  };
});
