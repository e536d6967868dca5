// The duty rules' working-day clock: the national holiday calendar (with 调休) this instance knows.
import type { WorkingCalendar } from '#types/models/freshness';
import { addWorkingDays, workingDaysBetween } from '../time/working-days';

export const workingCalendar: WorkingCalendar = { addWorkingDays, workingDaysBetween };
