import type { HolidayYear } from '#types/models/holiday-calendar';
import { call } from '@/lib/cloud';

export const fetchHolidayYears = () => call('staff', 'listHolidayYears', {}, { retry: true });
/** Saving a year is idempotent (the year is its id), so a retry after a lost answer is safe. */
export const saveHolidayYear = (year: HolidayYear) => call('staff', 'saveHolidayYear', year, { retry: true });
export const fetchStaffReminders = () => call('staff', 'listStaffReminders', {}, { retry: true });
