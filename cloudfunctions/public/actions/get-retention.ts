// Anyone; how long details are kept, for the privacy notices where phone and ID numbers are asked for.
import { publicApi } from '#types/api/public';
import { defineHandler } from '../../_shared/define-handler';
import { retentionDays } from '../../_shared/personal/retention-days';

export const getRetention = defineHandler(publicApi.getRetention, 'anyone', async () => ({ days: await retentionDays() }));
