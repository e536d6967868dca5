import { cronMatches, parseCron } from '../../emulator/timers/cron';

const cst = (text: string): Date => new Date(`${text}+08:00`);

describe('7-field cron in China Standard Time', () => {
  it('fires at 02:00:00 Beijing time every day, whatever the machine zone', () => {
    const daily = parseCron('0 0 2 * * * *');
    expect(cronMatches(daily, cst('2026-11-28T02:00:00'))).toBe(true);
    expect(cronMatches(daily, cst('2026-11-28T02:00:01'))).toBe(false);
    expect(cronMatches(daily, new Date('2026-11-28T02:00:00Z'))).toBe(false);
    // 2026-11-27T18:00Z is already the 28th, 02:00, in Beijing.
    expect(cronMatches(daily, new Date('2026-11-27T18:00:00Z'))).toBe(true);
  });

  it('understands steps, ranges, lists and names', () => {
    const schedule = parseCron('*/15 0-5 9 1,15 JAN-MAR MON-FRI *');
    expect(cronMatches(schedule, cst('2026-01-15T09:03:30'))).toBe(true); // a Thursday
    expect(cronMatches(schedule, cst('2026-01-15T09:03:31'))).toBe(false);
    expect(cronMatches(schedule, cst('2026-04-15T09:03:30'))).toBe(false);
    const fromOne = parseCron('1/10 * * * * * *');
    expect(cronMatches(fromOne, cst('2026-01-15T09:03:21'))).toBe(true);
    expect(cronMatches(fromOne, cst('2026-01-15T09:03:20'))).toBe(false);
  });

  it('fires on either the day of the month or the weekday when both are given, as the platform documents', () => {
    const firstOrMonday = parseCron('0 0 2 1 * MON *');
    expect(cronMatches(firstOrMonday, cst('2026-12-01T02:00:00'))).toBe(true); // a Tuesday, the 1st
    expect(cronMatches(firstOrMonday, cst('2026-11-30T02:00:00'))).toBe(true); // a Monday
    expect(cronMatches(firstOrMonday, cst('2026-12-02T02:00:00'))).toBe(false);
  });

  it('reads the year field: a year, a range, a list, a step', () => {
    expect(cronMatches(parseCron('0 0 0 1 1 * 2027'), cst('2027-01-01T00:00:00'))).toBe(true);
    expect(cronMatches(parseCron('0 0 0 1 1 * 2027'), cst('2026-01-01T00:00:00'))).toBe(false);
    // New Year in Beijing is still the old year in UTC.
    expect(cronMatches(parseCron('0 0 0 1 1 * 2027'), new Date('2026-12-31T16:00:00Z'))).toBe(true);
    const some = parseCron('0 0 0 1 1 * 2026-2028,2030/5');
    const fires = [2025, 2026, 2027, 2028, 2029, 2030, 2031, 2035].filter((y) => cronMatches(some, cst(`${y}-01-01T00:00:00`)));
    expect(fires).toEqual([2026, 2027, 2028, 2030, 2035]);
  });

  it('rejects malformed expressions and what the platform does not accept', () => {
    expect(() => parseCron('0 0 2 * * *')).toThrow(/7 fields/);
    expect(() => parseCron('0 0 25 * * * *')).toThrow(/out of range/);
    expect(() => parseCron('0 0 2 * * * 1969')).toThrow(/year/);
    expect(() => parseCron('0 0 2 * * * 2100')).toThrow(/year/);
    expect(() => parseCron('0 0 2 * * * 2030-2026')).toThrow(/year/);
    for (const unsupported of ['0 0 2 L * * *', '0 0 2 * * 1#1 *', '0 0 2 H * * *', '0 0 2 * * 7 *', '0 0 2 * * 1L *']) {
      expect(() => parseCron(unsupported)).toThrow();
    }
  });
});
