// Dates as people in China read them: 2026年1月5日, or 今天 / 昨天 / N天前 for the last week.

const DAY_MS = 86_400_000;
const CST_OFFSET_MS = 8 * 3600_000;

const cstDay = (ms: number): number => Math.floor((ms + CST_OFFSET_MS) / DAY_MS);

export function formatDate(iso: string, now: Date = new Date()): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const days = cstDay(now.getTime()) - cstDay(at.getTime());
  if (days === 0) return '今天';
  if (days === 1) return '昨天';
  if (days > 1 && days < 7) return `${days}天前`;
  const local = new Date(at.getTime() + CST_OFFSET_MS);
  return `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日`;
}
