// Editors and reviewers; lists notice sends (and daily digests), newest first. Reply reminders to
// single citizens are not notices and stay out of this list.
import { staffApi } from '#types/api/staff';
import { NOTICE_SEND_COLLECTION, type NoticeSendDoc } from '#types/models/notice';
import { _, db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { decodeCursor, olderThan, pageOf } from '../../_shared/time-cursor';
import { toSendSummary } from '../notice-send-summary';

export const listNoticeSends = defineHandler(staffApi.listNoticeSends, ['editor', 'reviewer'], async ({ cursor, limit = 20 }) => {
  const notices = { template: _.neq('case') };
  const query = db.collection(NOTICE_SEND_COLLECTION).where(cursor ? _.and([notices, olderThan('createdAt', decodeCursor(cursor))]) : notices);
  const rows = await docsOf<NoticeSendDoc>(query.orderBy('createdAt', 'desc').orderBy('_id', 'desc').limit(limit + 1));
  const { page, nextCursor } = pageOf(rows, limit, (row) => row.createdAt);
  return { items: page.map(toSendSummary), nextCursor };
});
