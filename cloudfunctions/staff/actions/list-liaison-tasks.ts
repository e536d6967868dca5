// A village liaison: the notices and posters for their villages, what they confirmed, and what is overdue.
import { posterStaffApi } from '#types/api/posters';
import { defineHandler } from '../../_shared/define-handler';
import { liaisonTasks } from '../../_shared/posters/liaison-tasks';

export const listLiaisonTasks = defineHandler(posterStaffApi.listLiaisonTasks, ['liaison'], async (_input, { caller, now }) => {
  const me = await caller();
  return { items: await liaisonTasks(now, me.villages), villages: me.villages };
});
