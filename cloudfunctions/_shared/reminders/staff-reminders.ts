// What staff should see to before it is late, from every rule in one list: each rule is a small
// function of the current records, so a new obligation adds a rule here, not a new mechanism.
import type { StaffReminder } from '#types/api/holiday-calendar';
import { CASE_COLLECTION } from '#types/models/case';
import { _, countOf, db } from '../cloud';
import { loadPlaces } from '../places/load-places';
import { loadHolidayCalendars } from '../time/holiday-calendars';
import { missingNextYear } from '../time/holiday-year-views';
import { freshnessReminders } from '../freshness/freshness-reminders';
import { liaisonTasks } from '../posters/liaison-tasks';
import { CONFIRM_DUE_DAYS } from '#types/models/village-confirmation';
import { annualReportReminders } from '../annual-report/report-reminder';

/** Whose list it is: some rules (the freshness monitor's) count what is the reader's own. */
export interface Reader {
  openid: string;
  isAdmin: boolean;
  /** A village liaison's villages ('乡镇/村'). */
  villages: readonly string[];
  /** Holds an office role (editor, reviewer, admin); a liaison only sees their villages' reminders. */
  office: boolean;
}

type Rule = (now: Date, reader: Reader) => Promise<StaffReminder[]>;

const calendarMissing: Rule = async (now) => {
  await loadHolidayCalendars('clock');
  const year = missingNextYear(now);
  if (year === null) return [];
  return [{ key: `calendar-${year}`, level: 'urgent', page: '/staff/calendar/index', text: `${year} 年的法定节假日安排还没有录入：跨年的答复期限暂按周一至周五估算。国务院办公厅通知发布后，请管理员录入。` }];
};

const overdueCases: Rule = async (now) => {
  const count = await countOf(db.collection(CASE_COLLECTION).where({ status: _.in(['received', 'assigned']), dueAt: _.lt(now) }));
  return count ? [{ key: 'cases-overdue', level: 'urgent', page: '/staff/cases/index', text: `${count} 件群众提问或申请已超过答复期限` }] : [];
};

// A new deployment starts with no township list: until an admin enters it, no place can be chosen.
const placesMissing: Rule = async () =>
  (await loadPlaces('check')).length
    ? []
    : [{ key: 'places-empty', level: 'urgent', page: '/staff/places/index', text: '本县的乡镇村名单还是空的：群众设置“关心哪里”、工作人员填写通知的影响范围和项目所在乡镇，都要从名单里选。请管理员录入。' }];

// The freshness monitor (#17.3): the reader's own overdue and due-soon duties; admins, what stayed overdue.
const freshnessDuties: Rule = (_now, reader) => freshnessReminders(reader.openid, reader.isAdmin);

// Village liaisons (#16.5): notices for their villages not confirmed posted or broadcast in time.
const liaisonOverdue: Rule = async (now, reader) => {
  const overdue = (await liaisonTasks(now, reader.villages)).filter((t) => t.overdue);
  const notices = new Set(overdue.map((t) => t.refId)).size;
  return overdue.length ? [{ key: 'liaison-overdue', level: 'urgent', page: '/staff/liaison/index', text: `${notices} 条通知在你负责的村已超过 ${CONFIRM_DUE_DAYS} 天还没有确认张贴或广播` }] : [];
};

// The annual disclosure report (#18): due 31 January, shown from 1 December until published.
const annualReportDue: Rule = (now) => annualReportReminders(now);

const OFFICE_RULES: Rule[] = [calendarMissing, overdueCases, placesMissing, freshnessDuties, annualReportDue];

export async function staffReminders(now: Date, reader: Reader): Promise<StaffReminder[]> {
  const rules = reader.office ? [...OFFICE_RULES, liaisonOverdue] : [liaisonOverdue];
  const all = (await Promise.all(rules.map((rule) => rule(now, reader)))).flat();
  return all.sort((a, b) => (a.level === b.level ? 0 : a.level === 'urgent' ? -1 : 1));
}
