// Editors and reviewers; every comment on a consultation (held ones too), oldest first, for
// moderation and for recording outcomes. Commenters stay unnamed to staff as well.
import { staffApi } from '#types/api/staff';
import { COMMENT_COLLECTION, type CommentDoc } from '#types/models/consultation';
import { db, docsOf } from '../../_shared/cloud';
import { toCommentView } from '../../_shared/consultations/consultation-view';
import { defineHandler } from '../../_shared/define-handler';
import { decodeOffset, offsetPage } from '../../_shared/offset-cursor';

export const listConsultationComments = defineHandler(staffApi.listConsultationComments, ['editor', 'reviewer'], async ({ id, status, cursor, limit = 20 }) => {
  const offset = decodeOffset(cursor);
  const rows = await docsOf<CommentDoc>(
    db.collection(COMMENT_COLLECTION).where({ consultationId: id, ...(status ? { status } : {}) }).orderBy('createdAt', 'asc').orderBy('_id', 'asc').skip(offset).limit(limit + 1),
  );
  const { items, nextCursor } = offsetPage(rows, offset, limit);
  return { items: items.map((c) => toCommentView(c, true)), nextCursor };
});
