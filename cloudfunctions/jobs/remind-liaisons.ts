// Village liaisons whose confirmation of a notice is overdue get one WeChat reminder per notice, only if
// they allowed the long-term 出行和公告提醒 template (the same consent as a meeting reminder); sent by the
// ordinary send path, which checks the consent again. The staff reminder list shows the same overdue
// tasks in the app (_shared/posters/liaison-tasks.ts decides both).
import { NOTICE_SEND_COLLECTION } from '#types/models/notice';
import { fitField, messageDate } from '#types/models/notice-message';
import { STAFF_COLLECTION, type StaffDoc } from '#types/models/staff';
import { db, docOrNull, docsOf, runTransaction } from '../_shared/cloud';
import { allowsReminder, REMINDER_TEMPLATE } from '../_shared/meetings/meeting-reminder';
import { createSendJob } from '../_shared/notices/send-job';
import { liaisonTasks } from '../_shared/posters/liaison-tasks';

export const liaisonReminderId = (noticeId: string, openid: string): string => `liaison-${noticeId}-${openid}`;

/** Reminders created by this run. */
export async function remindLiaisons(now: Date): Promise<number> {
  const staff = await docsOf<StaffDoc>(db.collection(STAFF_COLLECTION).orderBy('name', 'asc').limit(1000));
  let created = 0;
  for (const liaison of staff.filter((s) => s.roles.includes('liaison') && s.villages?.length)) {
    const overdue = (await liaisonTasks(now, liaison.villages ?? [])).filter((t) => t.overdue);
    if (!overdue.length || !(await allowsReminder(liaison._id))) continue;
    for (const refId of new Set(overdue.map((t) => t.refId))) {
      const tasks = overdue.filter((t) => t.refId === refId);
      const first = tasks[0];
      if (!first) continue;
      const id = liaisonReminderId(refId, liaison._id);
      created += await runTransaction(async (tx) => {
        if (await docOrNull(tx.collection(NOTICE_SEND_COLLECTION).doc(id))) return 0;
        await createSendJob(tx, id, {
          noticeId: null, title: `张贴提醒：${first.title}`, template: REMINDER_TEMPLATE, urgent: true, sendAt: now, relatedKey: null,
          target: { person: liaison._id }, page: 'staff/liaison/index',
          fields: [
            { key: 'thing1', label: '通知标题', value: fitField('thing1', `请张贴：${first.title}`) },
            { key: 'phrase2', label: '类型', value: '待确认' },
            { key: 'thing3', label: '影响范围', value: fitField('thing3', tasks.map((t) => t.area.replace('/', '')).join('、')) },
            { key: 'date4', label: '生效时间', value: messageDate(new Date(first.dueAt ?? now)) },
            { key: 'thing5', label: '温馨提示', value: '张贴或广播后请拍照确认' },
          ],
        }, now);
        return 1;
      });
    }
  }
  return created;
}
