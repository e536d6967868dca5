// Any staff member; the reply deadline per category, in working days.
import { staffApi } from '#types/api/staff';
import { replyDays } from '../../_shared/cases/reply-clock';
import { defineHandler } from '../../_shared/define-handler';

export const getCaseClocks = defineHandler(staffApi.getCaseClocks, ['editor', 'reviewer'], async () => ({ days: await replyDays() }));
