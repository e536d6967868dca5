// WeChat users only, on their own replied or closed case; "没解决" puts it back in the queue with a new clock.
import { publicApi } from '#types/api/public';
import { CASE_COLLECTION, CASE_REPLY_WORKING_DAYS, type CaseDoc } from '#types/models/case';
import { failedPrecondition, notFound } from '../../_shared/app-error';
import { toCaseView } from '../../_shared/cases/case-view';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { addWorkingDays } from '../../_shared/time/working-days';

export const reopenMyCase = defineHandler(publicApi.reopenMyCase, 'user', async ({ id, note }, { caller, now }) => {
  const openid = (await caller()).openid;
  return runTransaction(async (tx) => {
    const ref = tx.collection(CASE_COLLECTION).doc(id);
    const c = await docOrNull<CaseDoc>(ref);
    if (!c || c.openid !== openid) throw notFound('事项');
    if (c.status === 'received') throw failedPrecondition('这件事还在办理中，请耐心等待答复');
    const events = [...c.events, { status: 'received' as const, note: `没解决：${note}`, at: now, by: 'citizen' as const }];
    const dueAt = addWorkingDays(now, CASE_REPLY_WORKING_DAYS[c.category]);
    await ref.update({ data: { status: 'received', events, dueAt, updatedAt: now } });
    return toCaseView({ ...c, status: 'received', events, dueAt, updatedAt: now }, now);
  });
});
