// WeChat users only: a case staff recorded from the hotline, a letter, e-mail or a visit, taken into the
// caller's 我的提问 with its tracking number and the code they were given, so the reply reaches them here.
// Wrong tries are counted per person per day (the same message whether the number or the code is wrong),
// so codes cannot be guessed; claiming again is harmless; a case someone else claimed stays theirs.
import { publicApi } from '#types/api/public';
import { CASE_COLLECTION, CLAIM_TRIES_PER_DAY, type CaseDoc } from '#types/models/case';
import { AppError, failedPrecondition } from '../../_shared/app-error';
import { recordAudit } from '../../_shared/audit';
import { toCaseView } from '../../_shared/cases/case-view';
import { db, docOrNull, docsOf, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { type Quota, quotaUsed, takeQuota } from '../../_shared/quota';
import { cstDay } from '../../_shared/time/working-days';

const WRONG = '编号或查询码不对，请核对后再试';

export const claimCase = defineHandler(publicApi.claimCase, 'user', async ({ trackingNo, code }, { caller, now }) => {
  const me = (await caller()).openid as string;
  const tries: Quota = { id: `claim:${me}:${cstDay(now)}`, limit: CLAIM_TRIES_PER_DAY, refusal: '今天核对编号的次数已达上限，请明天再试，或拨打 12328 查询' };
  const used = await quotaUsed(tries, async () => 0);
  if (used >= tries.limit) throw new AppError('RESOURCE_EXHAUSTED', tries.refusal);
  const [found] = await docsOf<CaseDoc>(db.collection(CASE_COLLECTION).where({ trackingNo }).limit(1));
  if (found?.openid === me) return toCaseView(found, now);
  const claimed = await runTransaction(async (tx) => {
    const ref = found ? tx.collection(CASE_COLLECTION).doc(found._id) : null;
    const c = ref ? await docOrNull<CaseDoc>(ref) : null;
    if (!ref || !c || !c.recordedBy || (c.openid === '' && c.claimCode !== code)) {
      await takeQuota(tx, tries, used, now);
      return null;
    }
    if (c.openid === me) return c;
    if (c.openid !== '') throw failedPrecondition('这件事已由别人在小程序里认领；如有疑问请拨打 12328');
    const events = [...c.events, { status: c.status, note: '已在小程序里认领，答复会在这里显示', at: now, by: 'citizen' as const }];
    const after = { ...c, openid: me, claimCode: null, events, updatedAt: now };
    await ref.update({ data: { openid: me, claimCode: null, events, updatedAt: now } });
    await recordAudit(tx, { actor: me, action: 'case.claim', collection: CASE_COLLECTION, targetId: c._id, before: c, after }, now);
    return after;
  });
  if (!claimed) throw new AppError('NOT_FOUND', WRONG);
  return toCaseView(claimed, now);
});
