// Editors (and admins); a published item's content to start a new revision from.
import { staffApi } from '#types/api/staff';
import { notFound } from '../../_shared/app-error';
import { db, docOrNull } from '../../_shared/cloud';
import { CONTENT_KINDS } from '../../_shared/content/content-kinds';
import { defineHandler } from '../../_shared/define-handler';

export const getEditable = defineHandler(staffApi.getEditable, ['editor'], async ({ kind, targetId }) => {
  const spec = CONTENT_KINDS[kind];
  const doc = await docOrNull<Record<string, unknown> & { version: number }>(db.collection(spec.collection).doc(targetId));
  if (!doc) throw notFound(spec.label);
  return { content: spec.toInput(doc), version: doc.version };
});
