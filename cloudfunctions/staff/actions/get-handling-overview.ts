// Any staff member: the last year of 办件 records per item code and what cannot be linked to a guide.
import { staffApi } from '#types/api/staff';
import { defineHandler } from '../../_shared/define-handler';
import { handlingOverview } from '../../_shared/handling/handling-overview';

export const getHandlingOverview = defineHandler(staffApi.getHandlingOverview, ['editor', 'reviewer'], (_input, { now }) => handlingOverview(now));
