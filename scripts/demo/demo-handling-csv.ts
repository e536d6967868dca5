// A year of invented 办件 records (2025-11-01 to 2026-10-31) for the demo guides, as the provincial platform
// exports them: deterministic (a seeded generator, never the wall clock), on working days of the official
// calendar, most within the promise and quicker in the second half-year, a few still in progress at the
// end, and one item code no demo guide carries, so the staff page has an unlinked code to show.
import { nextDay } from '#types/api/calendar-day';
import { isWorkingDay } from '../../cloudfunctions/_shared/time/working-days';

/** Item code, name, promised working days, cases a month. */
const ITEMS: [string, string, number, number][] = [
  ['331122000101', '道路旅客运输经营许可', 10, 2],
  ['331122000102', '道路货物运输经营许可（危险货物除外）', 5, 12],
  ['331122000103', '道路危险货物运输许可', 20, 1],
  ['331122000104', '网络预约出租汽车经营许可', 15, 1],
  ['331122000105', '网络预约出租汽车运输证核发', 3, 18],
  ['331122000106', '网络预约出租汽车驾驶员证核发', 5, 25],
  ['331122000107', '巡游出租汽车经营许可', 10, 1],
  ['331122000108', '出租汽车驾驶员从业资格注册', 1, 10],
  ['331122000109', '超限运输车辆行驶公路许可', 5, 40],
  ['331122000110', '涉路施工许可（占用、挖掘公路）', 8, 4],
  ['331122000111', '道路运输经营许可证换发、补发', 1, 15],
  ['331122000112', '营运车辆道路运输证配发', 2, 30],
  ['331122000113', '营运车辆年度审验', 1, 90],
  ['331122000114', '道路运输证注销', 1, 12],
  ['331122000115', '机动车驾驶员培训经营备案', 1, 1],
  ['331122000116', '机动车维修经营备案', 1, 6],
  // Moved to the county's 行政审批局 in 2026; no guide of ours carries it.
  ['331122000199', '道路运输从业人员从业资格证补发', 1, 3],
];

export const DEMO_HANDLING_FROM = '2025-11-01';
export const DEMO_HANDLING_TO = '2026-10-31';
/** When the demo file is imported: after the last record, Beijing time. */
export const DEMO_HANDLING_AT = new Date('2026-10-31T20:00:00+08:00');

/** mulberry32: a small seeded generator, so every start writes the same records. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHANNELS = ['窗口', '窗口', '浙里办', '网上', '掌上', '邮寄'];
const pad = (n: number): string => String(n).padStart(2, '0');

function workingDaysAfter(day: string, count: number): string {
  let d = day;
  for (let left = count; left > 0; ) {
    d = nextDay(d);
    if (isWorkingDay(d)) left -= 1;
  }
  return d;
}

/** @param scale cases a month times this (the bench writes a busier county's year with it). */
export function demoHandlingCsv(scale = 1): string {
  const random = seeded(20261031);
  const lines = ['办件编号,事项编码,事项名称,受理时间,办结时间,办理结果,办理渠道'];
  let serial = 0;
  for (let day = DEMO_HANDLING_FROM; day <= DEMO_HANDLING_TO; day = nextDay(day)) {
    if (!isWorkingDay(day)) continue;
    const laterHalf = day >= '2026-05-01';
    for (const [code, name, promised, perMonth] of ITEMS) {
      // About perMonth cases over a month's 21 working days.
      for (let n = Math.floor((perMonth * scale) / 21 + random()); n > 0; n--) {
        serial += 1;
        const receivedAt = `${day} ${pad(9 + Math.floor(random() * 7))}:${pad(Math.floor(random() * 60))}`;
        // Mostly within the promise, quicker in the later half-year; one in twelve runs over.
        const share = laterHalf ? 0.55 : 0.8;
        const over = random() < 1 / 12;
        const days = Math.max(0, Math.round(promised * (over ? 1.2 + random() * 0.6 : random() * share * 1.25)));
        const doneDay = workingDaysAfter(day, days);
        const channel = CHANNELS[Math.floor(random() * CHANNELS.length)] as string;
        if (doneDay > DEMO_HANDLING_TO) {
          lines.push(`QX${day.replace(/-/g, '')}${String(serial).padStart(6, '0')},${code},${name},${receivedAt},,,${channel}`);
          continue;
        }
        const doneAt = days === 0 ? `${day} 17:${pad(Math.floor(random() * 30))}` : `${doneDay} ${pad(9 + Math.floor(random() * 8))}:${pad(Math.floor(random() * 60))}`;
        const roll = random();
        const result = roll < 0.04 ? '不予许可' : roll < 0.06 ? '申请人撤回' : '准予许可';
        lines.push(`QX${day.replace(/-/g, '')}${String(serial).padStart(6, '0')},${code},${name},${receivedAt},${doneAt},${result},${channel}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
