// WeChat users only, on their own replied or closed case; "没解决" puts it back in the queue with a new clock.
import { publicApi } from '#types/api/public';
import { CASE_COLLECTION, isAwaitingReply, type CaseDoc } from '#types/models/case';
import { failedPrecondition, notFound } from '../../_shared/app-error';
import { toCaseView } from '../../_shared/cases/case-view';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { clockOf, replyDays } from '../../_shared/cases/reply-clock';
import { loadHolidayCalendars } from '../../_shared/time/holiday-calendars';

export const reopenMyCase = defineHandler(publicApi.reopenMyCase, 'user', async ({ id, note }, { caller, now }) => {
  const openid = (await caller()).openid;
  const days = await replyDays();
  await loadHolidayCalendars('clock');
  return runTransaction(async (tx) => {
    const ref = tx.collection(CASE_COLLECTION).doc(id);
    const c = await docOrNull<CaseDoc>(ref);
    if (!c || c.openid !== openid) throw notFound('事项');
    if (isAwaitingReply(c.status)) throw failedPrecondition('这件事还在办理中，请耐心等待答复');
    const events = [...c.events, { status: 'received' as const, note: `没解决：${note}`, at: now, by: 'citizen' as const }];
    const reopened = { status: 'received' as const, events, ...clockOf(now, days[c.category]), updatedAt: now, closedAt: null, followUp: null };
    await ref.update({ data: reopened });
    return toCaseView({ ...c, ...reopened }, now);
  });
});
