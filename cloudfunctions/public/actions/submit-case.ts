// WeChat users only; opens a case (咨询 / 意见建议 / 投诉): once per client request id, after the content
// check, with a tracking number and a reply deadline on the working-day calendar (see open-case.ts).
import { publicApi } from '#types/api/public';
import { toCaseView } from '../../_shared/cases/case-view';
import { openCase } from '../../_shared/cases/open-case';
import { defineHandler } from '../../_shared/define-handler';
import { attacherOf, requireAttachable } from '../../_shared/files/attachable-files';

export const submitCase = defineHandler(publicApi.submitCase, 'user', async (input, { caller, now }) => {
  const me = await caller();
  requireAttachable(input.photos, attacherOf(me));
  const openid = me.openid as string;
  return toCaseView(await openCase(openid, input, now), now);
});
