// Legal clocks must not depend on the process's time zone: cloud functions run in UTC, developers
// and CI anywhere. The same computations in child processes under four zones give the same answers.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SCRIPT = `
const { addWorkingDays, workingDaysBetween, isWorkingDay, cstDay } = require('./cloudfunctions/_shared/time/working-days');
const cst = (t) => new Date(t + '+08:00');
console.log(JSON.stringify({
  due: addWorkingDays(cst('2025-09-26T15:00:00'), 20).toISOString(),
  between: workingDaysBetween(cst('2026-09-30T10:00:00'), cst('2026-10-12T10:00:00')),
  saturday: isWorkingDay('2025-09-27'),
  makeUp: isWorkingDay('2025-09-28'),
  lateEvening: cstDay(new Date('2026-04-30T23:30:00Z')),
}));`;

describe.each(['UTC', 'America/New_York', 'Asia/Shanghai', 'Pacific/Kiritimati'])('working days with TZ=%s', (zone) => {
  it('counts the same deadlines as in Beijing', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', SCRIPT], { cwd: ROOT, env: { ...process.env, TZ: zone }, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ due: '2025-10-30T15:59:59.999Z', between: 4, saturday: false, makeUp: true, lateEvening: '2026-05-01' });
  });
});
