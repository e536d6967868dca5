// Any staff member: the years the clocks know, and whether next year's calendar is missing.
import { staffApi } from '#types/api/staff';
import { defineHandler } from '../../_shared/define-handler';
import { holidayYearViews, missingNextYear } from '../../_shared/time/holiday-year-views';
import { loadHolidayCalendars } from '../../_shared/time/holiday-calendars';

export const listHolidayYears = defineHandler(staffApi.listHolidayYears, ['editor', 'reviewer'], async (_input, { now }) => {
  const entered = await loadHolidayCalendars('clock');
  return { items: holidayYearViews(entered), missingNextYear: missingNextYear(now) };
});
