// Which timetable a Beijing calendar day runs: a holiday's, a weekend's (a weekend day not made a
// working day by 调休), or a working day's (a 调休 Saturday included).
import type { BusDayType } from '#types/models/bus-route';
import { isHoliday, isWorkingDay } from '../time/working-days';

export function busDayType(day: string): BusDayType {
  if (isHoliday(day)) return 'holiday';
  return isWorkingDay(day) ? 'weekday' : 'weekend';
}
