// Freshness duties as staff pushes (#17.3): each owner is told once per item and due state (due soon,
// then overdue) of the duties in the report; admins are told once per item that has stayed overdue
// more than ESCALATE_AFTER_WORKING_DAYS. A duty whose due date moves (the item was updated and is due
// again) is a new state. Sent only to staff who allowed WeChat reminders (push-staff-reminders.ts).
import { ESCALATE_AFTER_WORKING_DAYS, FRESHNESS_COLLECTION, type DutyRow } from '#types/models/freshness';
import { fitField, messageDate } from '#types/models/notice-message';
import { STAFF_COLLECTION } from '#types/models/staff';
import { db, docsOf } from '../cloud';
import { type StaffPush, pushStaffReminders } from '../reminders/push-staff-reminders';
import { toBeijingInput } from '../time/beijing-time';

const PAGE = 'staff/freshness/index';
type PushState = DutyRow['state'] | 'escalated';

const beijingDay = (at: Date): string => toBeijingInput(at).slice(0, 10);
export const dutyPushKey = (row: DutyRow, state: PushState): string => `${row.key}|${state}|${beijingDay(row.dueAt)}`;

function pushFor(to: string, entries: { key: string; row: DutyRow; state: PushState }[]): StaffPush {
  const byKey = new Map(entries.map((e) => [e.key, e]));
  return {
    to,
    keys: [...byKey.keys()],
    message(fresh) {
      const rows = fresh.map((k) => byKey.get(k)).filter((e): e is NonNullable<typeof e> => e !== undefined);
      const count = (state: PushState): number => rows.filter((e) => e.state === state).length;
      const parts = [
        count('escalated') && `${count('escalated')}项超期逾${ESCALATE_AFTER_WORKING_DAYS}个工作日`,
        count('overdue') && `${count('overdue')}项已超期`,
        count('due_soon') && `${count('due_soon')}项将到期`,
      ].filter(Boolean);
      const first = [...rows].sort((a, b) => a.row.dueAt.getTime() - b.row.dueAt.getTime())[0]?.row;
      return {
        title: `更新提醒：${parts.join('，')}`,
        page: PAGE,
        fields: [
          { key: 'thing1', label: '通知标题', value: fitField('thing1', `公开内容${parts.join('，')}`) },
          { key: 'phrase2', label: '类型', value: '更新提醒' },
          { key: 'thing3', label: '影响范围', value: fitField('thing3', first?.title || '公开内容') },
          { key: 'date4', label: '生效时间', value: messageDate(first?.dueAt ?? new Date()) },
          { key: 'thing5', label: '温馨提示', value: '点开查看并处理' },
        ],
      };
    },
  };
}

/** Pushes what the report's full row list newly calls for; returns the send jobs created. */
export async function pushFreshness(rows: DutyRow[], checkedAt: Date, now: Date): Promise<number> {
  const byPerson = new Map<string, { key: string; row: DutyRow; state: PushState }[]>();
  const add = (to: string, row: DutyRow, state: PushState): void => {
    const list = byPerson.get(to) ?? [];
    list.push({ key: dutyPushKey(row, state), row, state });
    byPerson.set(to, list);
  };
  for (const r of rows) if (r.owner) add(r.owner, r, r.state);
  const escalated = rows.filter((r) => r.overdueDays > ESCALATE_AFTER_WORKING_DAYS);
  if (escalated.length) {
    // The staff list is small: read whole, admins picked here.
    const staff = await docsOf<{ _id: string; roles: string[] }>(db.collection(STAFF_COLLECTION).field({ roles: true }).limit(1000));
    for (const a of staff.filter((s) => s.roles.includes('admin'))) for (const r of escalated) add(a._id, r, 'escalated');
  }
  const pushes = [...byPerson].map(([to, entries]) => pushFor(to, entries));
  return pushStaffReminders('freshness', (openid) => ({ collection: FRESHNESS_COLLECTION, id: `pushed:${openid}` }), pushes, checkedAt, now);
}
