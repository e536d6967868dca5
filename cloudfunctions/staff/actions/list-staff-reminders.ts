// Any staff member: what to see to before it is late.
import { staffApi } from '#types/api/staff';
import { defineHandler } from '../../_shared/define-handler';
import { staffReminders } from '../../_shared/reminders/staff-reminders';
import { isLiaisonOnly } from '../../_shared/posters/liaison-scope';

export const listStaffReminders = defineHandler(staffApi.listStaffReminders, ['editor', 'reviewer', 'liaison'], async (_input, { now, caller }) => {
  const me = await caller();
  return { items: await staffReminders(now, { openid: me.openid as string, isAdmin: me.roles.includes('admin'), villages: me.villages, office: !isLiaisonOnly(me) }) };
});
