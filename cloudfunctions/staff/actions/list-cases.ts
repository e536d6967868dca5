// Any staff member; the case queue, nearest deadline first, with call-back phones.
import { staffApi } from '#types/api/staff';
import { CASE_COLLECTION, type CaseDoc } from '#types/models/case';
import { photoUrlsOf, toStaffCaseView } from '../../_shared/cases/case-view';
import { _, db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { decodeOffset, offsetPage } from '../../_shared/offset-cursor';

export const listCases = defineHandler(staffApi.listCases, ['editor', 'reviewer'], async ({ status, cursor, limit = 20 }, { now }) => {
  const offset = decodeOffset(cursor);
  const where = status ? { status } : { status: _.neq('closed') };
  const rows = await docsOf<CaseDoc>(db.collection(CASE_COLLECTION).where(where).orderBy('dueAt', 'asc').orderBy('_id', 'asc').skip(offset).limit(limit + 1));
  const { items, nextCursor } = offsetPage(rows, offset, limit);
  const urls = await photoUrlsOf(items);
  return { items: items.map((c) => toStaffCaseView(c, now, urls)), nextCursor };
});
