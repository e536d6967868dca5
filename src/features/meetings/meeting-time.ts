// A meeting's time as people read it, in Beijing time whatever the phone's zone: 6月20日（周六）14:30.
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

export function meetingTime(iso: string): string {
  const at = new Date(new Date(iso).getTime() + 8 * 3600_000);
  if (Number.isNaN(at.getTime())) return '';
  const hh = String(at.getUTCHours()).padStart(2, '0');
  const mm = String(at.getUTCMinutes()).padStart(2, '0');
  return `${at.getUTCFullYear()}年${at.getUTCMonth() + 1}月${at.getUTCDate()}日（周${WEEKDAYS[at.getUTCDay()]}）${hh}:${mm}`;
}

/** The instant as the time field takes it: Beijing wall clock 'YYYY-MM-DDTHH:mm'. */
export const beijingInput = (iso: string): string => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16);
