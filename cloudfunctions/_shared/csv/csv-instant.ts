// A date and time as spreadsheets and the provincial platform write it, read as Beijing time:
// 2026-03-15 09:30:00, 2026/3/15 9:30, 2026-03-15T09:30 or a day alone (taken as its start). The day
// part is read as csvDay reads it; null when the text is no real instant.
import { isRealDay } from '#types/api/calendar-day';
import { csvDay } from './csv-day';

export function csvInstant(text: string): Date | null {
  const m = /^(\S+?)(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const day = csvDay(m[1] as string);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !isRealDay(day)) return null;
  const [hour, minute, second] = [m[2], m[3], m[4]].map((p) => Number(p ?? 0)) as [number, number, number];
  if (hour > 23 || minute > 59 || second > 59) return null;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return new Date(`${day}T${pad(hour)}:${pad(minute)}:${pad(second)}+08:00`);
}
