// A village liaison: 已张贴 / 已广播 for an item in one of their villages, with a photo they uploaded and the
// time it was done. Only their villages, only items that concern the village (a notice for it, or a poster
// made for it). One record per (item, village, action): confirming again, or a retry, keeps the first.
import { posterStaffApi } from '#types/api/posters';
import { parseFileId } from '#types/api/file-id';
import { CONFIRM_ACTION_LABELS, confirmationId, VILLAGE_CONFIRMATION_COLLECTION, type VillageConfirmationDoc } from '#types/models/village-confirmation';
import { AppError, failedPrecondition, invalidArgument } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { attacherOf, requireAttachable } from '../../_shared/files/attachable-files';
import { liaisonTasks } from '../../_shared/posters/liaison-tasks';

/** How far a phone's clock may run ahead of the server's. */
const CLOCK_SKEW_MS = 5 * 60_000;

const view = (doc: VillageConfirmationDoc) => ({ refId: doc.refId, area: doc.area, action: doc.action, doneAt: doc.doneAt.toISOString(), createdAt: doc.createdAt.toISOString() });

export const confirmDelivery = defineHandler(posterStaffApi.confirmDelivery, ['liaison'], async ({ refId, area, action, photo, doneAt }, { caller, now }) => {
  const me = await caller();
  const openid = me.openid as string;
  if (!me.villages.includes(area)) throw new AppError('PERMISSION_DENIED', `「${area}」不在你负责的村里，只能确认自己负责的村`);
  requireAttachable([photo], attacherOf(me));
  if (parseFileId(photo)?.owner !== openid) throw new AppError('PERMISSION_DENIED', '请上传你自己拍的照片');
  const said = new Date(doneAt);
  if (said.getTime() > now.getTime() + CLOCK_SKEW_MS) throw invalidArgument('张贴或广播时间不能晚于现在');
  // A phone's clock a little ahead of the server's is taken as now.
  const at = said > now ? now : said;
  const task = (await liaisonTasks(now, [area])).find((t) => t.refId === refId);
  if (!task) throw failedPrecondition('这条内容与这个村无关，或已撤回、已超过确认期限，无需确认');
  if (at < new Date(Date.parse(task.publishedAt) - 86_400_000)) throw invalidArgument('张贴或广播时间早于发布时间，请核对');
  return runTransaction(async (tx) => {
    const ref = tx.collection(VILLAGE_CONFIRMATION_COLLECTION).doc(confirmationId(refId, area, action));
    const before = await docOrNull<VillageConfirmationDoc>(ref);
    if (before) return view(before);
    const doc: Omit<VillageConfirmationDoc, '_id'> = { kind: task.kind, refId, area, action, photo, doneAt: at, by: openid, createdAt: now };
    await ref.set({ data: doc });
    await recordAudit(tx, { actor: openid, action: `village.${action}`, collection: VILLAGE_CONFIRMATION_COLLECTION, targetId: confirmationId(refId, area, action), before: null, after: { refId, area, label: CONFIRM_ACTION_LABELS[action] } }, now);
    return view({ _id: '', ...doc });
  });
});
