// Editors and reviewers; a consultation's meetings, cancelled ones too, with seats taken and minutes.
import { staffApi } from '#types/api/staff';
import { defineHandler } from '../../_shared/define-handler';
import { meetingsOf } from '../../_shared/meetings/meetings-of';
import { toStaffMeetingView } from '../../_shared/meetings/meeting-view';

export const listStaffMeetings = defineHandler(staffApi.listStaffMeetings, ['editor', 'reviewer'], async ({ consultationId }) => ({
  items: (await meetingsOf(consultationId)).map(toStaffMeetingView),
}));
