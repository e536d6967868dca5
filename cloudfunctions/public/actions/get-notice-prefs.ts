// WeChat users only; reads the caller's own notice preferences (defaults if never set).
import { publicApi } from '#types/api/public';
import { defineHandler } from '../../_shared/define-handler';
import { loadPrefs, prefsView } from '../queries/notice-prefs';

export const getNoticePrefs = defineHandler(publicApi.getNoticePrefs, 'user', async (_input, { caller, now }) => {
  const openid = (await caller()).openid as string;
  return prefsView(await loadPrefs(openid, now));
});
