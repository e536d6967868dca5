import { addWorkingDays, calendarCovers, cstDay, isWorkingDay, workingDaysBetween } from '../../cloudfunctions/_shared/time/working-days';

const cst = (text: string): Date => new Date(`${text}+08:00`);

describe('the 2025 official holiday calendar', () => {
  it.each([
    ['2025-01-01', false], // 元旦
    ['2025-01-26', true], // Sunday made a working day before 春节
    ['2025-01-28', false],
    ['2025-02-04', false],
    ['2025-02-08', true], // Saturday made a working day after 春节
    ['2025-04-04', false], // 清明
    ['2025-04-27', true], // Sunday made a working day before 劳动节
    ['2025-05-05', false],
    ['2025-05-31', false], // 端午
    ['2025-09-28', true], // Sunday made a working day before 国庆
    ['2025-10-08', false],
    ['2025-10-11', true], // Saturday made a working day after 国庆
  ])('%s is a working day: %s', (day, expected) => {
    expect(isWorkingDay(day)).toBe(expected);
  });
});

describe('the 2026 official holiday calendar', () => {
  it.each([
    ['2026-01-02', false], // 元旦 1-3
    ['2026-01-04', true], // Sunday made a working day
    ['2026-02-14', true], // Saturday made a working day before 春节
    ['2026-02-16', false],
    ['2026-02-23', false], // 春节 15-23
    ['2026-02-28', true], // Saturday made a working day after 春节
    ['2026-04-06', false], // 清明
    ['2026-05-05', false], // 劳动节 1-5
    ['2026-05-09', true],
    ['2026-06-19', false], // 端午
    ['2026-09-20', true], // Sunday made a working day before 国庆
    ['2026-09-25', false], // 中秋
    ['2026-10-07', false],
    ['2026-10-10', true],
  ])('%s is a working day: %s', (day, expected) => {
    expect(isWorkingDay(day)).toBe(expected);
  });
});

describe('legal clocks', () => {
  it('counts 20 working days across the 2025 National Day holiday', () => {
    // Received Friday 2025-09-26: counts Sunday 28 Sept and Saturday 11 Oct, skips 1-8 October.
    const due = addWorkingDays(cst('2025-09-26T15:00:00'), 20);
    expect(cstDay(due)).toBe('2025-10-30');
    expect(due.toISOString()).toBe('2025-10-30T15:59:59.999Z');
  });

  it('counts 3 working days across the 2026 Spring Festival', () => {
    expect(cstDay(addWorkingDays(cst('2026-02-12T09:00:00'), 3))).toBe('2026-02-24');
  });

  it('reads the day in Beijing time, not UTC', () => {
    // 23:30 UTC on 30 April is 07:30 on 1 May in Beijing: a holiday, so counting starts after it.
    expect(cstDay(new Date('2026-04-30T23:30:00Z'))).toBe('2026-05-01');
  });

  it('counts the working days elapsed between two instants', () => {
    // 1-7 October are holidays; 8, 9, 10 (a make-up Saturday) and 12 October are working days.
    expect(workingDaysBetween(cst('2026-09-30T10:00:00'), cst('2026-10-12T10:00:00'))).toBe(4);
    expect(workingDaysBetween(cst('2026-03-02T10:00:00'), cst('2026-03-02T18:00:00'))).toBe(0);
  });

  it('says when a date lies beyond the announced calendar', () => {
    expect(calendarCovers(cst('2026-12-31T12:00:00'))).toBe(true);
    expect(calendarCovers(cst('2027-01-04T12:00:00'))).toBe(false);
  });
});
