// Holiday calendars as data: an admin enters a year the library lacks; deadlines that reach into it
// are marked provisional until then, counted again when it is entered, and staff are told from
// 1 November that next year's calendar is missing.
import type { HolidayYearView, StaffReminder } from '#types/api/holiday-calendar';
import type { CaseView, StaffCaseView } from '#types/api/case-views';
import { AUDIT_COLLECTION } from '#types/models/audit';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';
import { runJobs } from '../support/run-jobs';

// The State Council's 2027 arrangement as a test fixture (元旦 1-1..1-3, 春节 2-6..2-13 with make-up
// Sundays 2-14 and Saturday 2-20 — the shape of a real notice; the dates are this test's own).
const YEAR_2027 = {
  year: 2027,
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-06', to: '2027-02-13' },
  ],
  workdays: ['2027-02-14', '2027-02-20'],
  source: '国务院办公厅关于2027年部分节假日安排的通知',
};

let cloud: ProductCloud;
let n = 0;
const request = (): string => `calendar-${(n += 1)}`;

beforeAll(async () => {
  // Friday 4 December 2026: a 20-working-day clock ends in January 2027.
  cloud = await startProductCloud({ at: '2026-12-04T10:00:00+08:00' });
});
afterAll(() => cloud.emulator.stop());

const apply = (what: string) =>
  cloud.call<CaseView>('public', 'applyDisclosure', {
    requestId: request(),
    applicant: { type: 'person', name: '王小明', idNumber: '33012219800101123X', organisation: '', phone: '13800001111', address: '清溪县城关镇', email: '' },
    description: `${what}的2026年农村公路养护资金分配表`, purpose: '了解本村道路养护', form: 'electronic',
  }, 'citizenA');

describe('holiday calendars as data', () => {
  it('tells staff from 1 November that next year is missing, and marks deadlines that reach into it', async () => {
    const reminders = await cloud.call<{ items: StaffReminder[] }>('staff', 'listStaffReminders', {}, 'editor');
    expect(reminders.ok && reminders.data.items.map((r) => r.key)).toContain('calendar-2027');
    const res = await apply('石门村');
    if (!res.ok) throw new Error(res.message);
    // Counted Monday-Friday: 2027-01-01 (元旦) is taken as a working day, so it is due on 1 January.
    expect(res.data.dueAt).toBe('2027-01-01T15:59:59.999Z');
    expect(res.data.dueProvisional).toBe(true);
    const staffView = await cloud.call<{ items: StaffCaseView[] }>('staff', 'listCases', {}, 'editor');
    expect(staffView.ok && staffView.data.items.find((c) => c.id === res.data.id)?.dueProvisional).toBe(true);
  });

  it('lets only an admin enter a year, refuses impossible calendars with a reason, and never overwrites the library', async () => {
    expect(await cloud.call('staff', 'saveHolidayYear', YEAR_2027, 'reviewer')).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    const cases: [Record<string, unknown>, string][] = [
      [{ ...YEAR_2027, workdays: ['2027-02-15'] }, '调休上班日 2027-02-15 不是周六或周日'],
      [{ ...YEAR_2027, workdays: ['2027-01-02'] }, '2027-01-02 既是放假日又是调休上班日'],
      [{ ...YEAR_2027, holidays: [{ name: '春节', from: '2027-02-30', to: '2027-03-02' }] }, '日期须为真实存在的日期（如 2027-01-01）'],
      [{ ...YEAR_2027, holidays: [{ name: '国庆节', from: '2027-10-07', to: '2027-10-01' }] }, '国庆节的结束日期早于开始日期'],
      [{ ...YEAR_2027, holidays: [{ name: '元旦', from: '2026-12-31', to: '2027-01-01' }] }, '元旦的日期须在 2027 年内'],
    ];
    for (const [input, message] of cases) {
      const res = await cloud.call('staff', 'saveHolidayYear', input, 'admin');
      expect(res).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
      expect(!res.ok && res.message).toContain(message);
    }
    expect(await cloud.call('staff', 'saveHolidayYear', { ...YEAR_2027, year: 2026 }, 'admin')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    const library = await cloud.call('staff', 'saveHolidayYear', { ...YEAR_2027, year: 2026, holidays: [{ name: '元旦', from: '2026-01-01', to: '2026-01-01' }], workdays: [] }, 'admin');
    expect(library).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION' });
  });

  it('counts an open deadline again when the year is entered, audited, and clears the reminder', async () => {
    const open = await apply('城关村');
    if (!open.ok) throw new Error(open.message);
    const saved = await cloud.call<{ year: HolidayYearView; recomputed: number }>('staff', 'saveHolidayYear', YEAR_2027, 'admin');
    if (!saved.ok) throw new Error(saved.message);
    expect(saved.data.recomputed).toBeGreaterThanOrEqual(2);
    const mine = await cloud.call<CaseView>('public', 'getMyCase', { id: open.data.id }, 'citizenA');
    // 20 working days from Friday 4 December 2026, skipping 元旦 (Friday 1 January to Sunday 3 January): Monday 4 January 2027.
    expect(mine.ok && [mine.data.dueAt, mine.data.dueProvisional]).toEqual(['2027-01-04T15:59:59.999Z', false]);
    const audit = await cloud.db.collection(AUDIT_COLLECTION).where({ action: 'calendar.save', targetId: '2027' }).get();
    expect(audit.data).toHaveLength(1);
    const reminders = await cloud.call<{ items: StaffReminder[] }>('staff', 'listStaffReminders', {}, 'editor');
    expect(reminders.ok && reminders.data.items.map((r) => r.key)).not.toContain('calendar-2027');
    const years = await cloud.call<{ items: HolidayYearView[]; missingNextYear: number | null }>('staff', 'listHolidayYears', {}, 'editor');
    expect(years.ok && years.data.items[0]).toMatchObject({ year: 2027, origin: 'entered', workdays: ['2027-02-14', '2027-02-20'] });
    expect(years.ok && years.data.items.find((y) => y.year === 2026)?.holidays.find((h) => h.name === '春节')).toEqual({ name: '春节', from: '2026-02-15', to: '2026-02-23' });
    expect(years.ok && years.data.missingNextYear).toBeNull();
  });

  it('new deadlines across the year end count on the entered year, and the jobs run leaves them be', async () => {
    const res = await apply('溪口村');
    expect(res.ok && [res.data.dueAt, res.data.dueProvisional]).toEqual(['2027-01-04T15:59:59.999Z', false]);
    await runJobs(cloud.emulator);
    const mine = res.ok ? await cloud.call<CaseView>('public', 'getMyCase', { id: res.data.id }, 'citizenA') : null;
    expect(mine?.ok && mine.data.dueAt).toBe('2027-01-04T15:59:59.999Z');
  });
});
