// Anyone may call, on public, search and staff: how this function was deployed (template ids set or
// not, never the ids; the time limit and memory the platform gave it), asked by npm run smoke.
import { healthApi } from '#types/api/health';
import { appliedLimits } from './applied-limits';
import { defineHandler } from './define-handler';
import { templateIdsState } from './notices/template-ids';

export const checkHealth = defineHandler(healthApi.checkHealth, 'anyone', async () => ({ templateIds: templateIdsState(), limits: appliedLimits() }));
