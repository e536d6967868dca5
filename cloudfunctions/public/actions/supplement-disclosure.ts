// WeChat users only, on their own application waiting for a supplement: supplies it, and the
// 20-working-day clock starts again from today, keeping an extension granted before the request.
import { publicApi } from '#types/api/public';
import { CASE_COLLECTION, CASE_REPLY_WORKING_DAYS, DISCLOSURE_EXTENSION_DAYS, type CaseDoc } from '#types/models/case';
import { failedPrecondition, notFound } from '../../_shared/app-error';
import { toCaseView } from '../../_shared/cases/case-view';
import { checkContent } from '../../_shared/cases/check-content';
import { clockOf } from '../../_shared/cases/reply-clock';
import { docOrNull, runTransaction } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { loadHolidayCalendars } from '../../_shared/time/holiday-calendars';

export const supplementDisclosure = defineHandler(publicApi.supplementDisclosure, 'user', async ({ id, text }, { caller, now }) => {
  const openid = (await caller()).openid as string;
  await checkContent(openid, text);
  await loadHolidayCalendars('clock');
  return runTransaction(async (tx) => {
    const ref = tx.collection(CASE_COLLECTION).doc(id);
    const c = await docOrNull<CaseDoc>(ref);
    if (!c || c.openid !== openid || !c.disclosure) throw notFound('申请');
    if (c.status !== 'supplement' || !c.disclosure.supplement) throw failedPrecondition('这份申请不需要补正');
    const disclosure = { ...c.disclosure, supplement: { ...c.disclosure.supplement, text, answeredAt: now } };
    const events = [...c.events, { status: 'received' as const, note: '已补正，重新计算答复期限', at: now, by: 'citizen' as const }];
    const days = CASE_REPLY_WORKING_DAYS.disclosure + (c.disclosure.extended ? DISCLOSURE_EXTENSION_DAYS : 0);
    const changes = { status: 'received' as const, disclosure, events, ...clockOf(now, days), updatedAt: now };
    await ref.update({ data: changes });
    return toCaseView({ ...c, ...changes }, now);
  });
});
