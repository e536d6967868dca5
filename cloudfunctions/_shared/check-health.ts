// Anyone may call: whether this function was deployed with what it needs (asked by npm run smoke).
import { publicApi } from '#types/api/public';
import { defineHandler } from '../../_shared/define-handler';
import { templateIdsState } from '../../_shared/notices/template-ids';

export const checkHealth = defineHandler(publicApi.checkHealth, 'anyone', async () => ({ templateIds: templateIdsState() }));
