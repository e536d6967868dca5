import type { RetentionDays } from '#types/models/retention';
import type { PersonalField } from '#types/text/mask-detail';
import { call } from '@/lib/cloud';

/** Each tap is recorded on the server, so it is not retried behind the person's back. */
export const revealPersonal = (caseId: string, field: PersonalField) => call('staff', 'revealPersonal', { caseId, field });
export const fetchPersonalViews = (cursor?: string) => call('staff', 'listPersonalViews', cursor ? { cursor } : {}, { retry: true });
export const fetchRetention = () => call('public', 'getRetention', {}, { retry: true });
export const saveRetention = (days: RetentionDays) => call('staff', 'setRetention', { days }, { retry: true });
export const exportMyData = () => call('public', 'exportMyData', {}, { retry: true });
