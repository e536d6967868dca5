import { cronMatches, parseCron } from '../../emulator/timers/cron';

const cst = (text: string): Date => new Date(`${text}+08:00`);

describe('7-field cron in China Standard Time', () => {
  it('fires at 02:00:00 Beijing time every day, whatever the machine zone', () => {
    const daily = parseCron('0 0 2 * * * *');
    expect(cronMatches(daily, cst('2026-11-28T02:00:00'))).toBe(true);
    expect(cronMatches(daily, cst('2026-11-28T02:00:01'))).toBe(false);
    expect(cronMatches(daily, new Date('2026-11-28T02:00:00Z'))).toBe(false);
  });

  it('understands steps, ranges, lists and names', () => {
    const schedule = parseCron('*/15 0-5 9 1,15 JAN-MAR MON-FRI *');
    expect(cronMatches(schedule, cst('2026-01-15T09:03:30'))).toBe(true); // a Thursday
    expect(cronMatches(schedule, cst('2026-01-15T09:03:31'))).toBe(false);
    expect(cronMatches(schedule, cst('2026-04-15T09:03:30'))).toBe(false);
  });

  it('rejects malformed expressions', () => {
    expect(() => parseCron('0 0 2 * * *')).toThrow(/7 fields/);
    expect(() => parseCron('0 0 25 * * * *')).toThrow(/out of range/);
  });
});
