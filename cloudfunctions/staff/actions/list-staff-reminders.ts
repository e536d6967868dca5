// Any staff member: what to see to before it is late.
import { staffApi } from '#types/api/staff';
import { defineHandler } from '../../_shared/define-handler';
import { staffReminders } from '../../_shared/reminders/staff-reminders';

export const listStaffReminders = defineHandler(staffApi.listStaffReminders, ['editor', 'reviewer'], async (_input, { now, caller }) => {
  const me = await caller();
  return { items: await staffReminders(now, { openid: me.openid as string, isAdmin: me.roles.includes('admin') }) };
});
