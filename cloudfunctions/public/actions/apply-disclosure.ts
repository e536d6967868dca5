// WeChat users only; 依申请公开: an application per the regulation, once per client request id. It is a
// case on the 20-working-day clock; the applicant's details are seen only by them and by staff.
import { publicApi } from '#types/api/public';
import { toCaseView } from '../../_shared/cases/case-view';
import { openCase } from '../../_shared/cases/open-case';
import { defineHandler } from '../../_shared/define-handler';

export const applyDisclosure = defineHandler(publicApi.applyDisclosure, 'user', async ({ requestId, applicant, description, purpose, form }, { caller, now }) => {
  const openid = (await caller()).openid as string;
  const c = await openCase(openid, {
    requestId, category: 'disclosure', text: description, phone: applicant.phone, related: null, consentPublic: false,
    disclosure: { applicant, description, purpose, form, extended: null, supplement: null, decision: null },
  }, now);
  return toCaseView(c, now);
});
