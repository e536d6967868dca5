// Anyone: the app was opened through something the bureau put out (an SMS link's area, a poster's code);
// its count goes up by one. Counts only: who opened it is not recorded. An unknown source counts nothing.
import { reachPublicApi } from '#types/api/reach';
import { POSTER_SOURCE_PATTERN } from '#types/models/poster';
import { SOURCE_PATTERN } from '#types/models/reach';
import { defineHandler } from '../../_shared/define-handler';
import { countPosterScan } from '../../_shared/posters/count-poster-scan';
import { countSmsOpen } from '../../_shared/reach/count-sms-open';

export const recordOpen = defineHandler(reachPublicApi.recordOpen, 'anyone', async ({ src }, { now }) => {
  const sms = SOURCE_PATTERN.exec(src);
  if (sms) return { counted: await countSmsOpen(sms[1] ?? '', sms[2] ?? '', now) };
  const poster = POSTER_SOURCE_PATTERN.exec(src);
  return { counted: poster ? await countPosterScan(poster[1] ?? '') : false };
});
