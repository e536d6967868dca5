// The admin-entered holiday years, read from the database into this instance's calendar. Clocks
// that are stored read them fresh; views that only mark dates provisional accept a copy a minute old.
import { HOLIDAY_CALENDAR_COLLECTION, type HolidayYearDoc } from '#types/models/holiday-calendar';
import { db, docsOf } from '../cloud';
import { useEnteredYears } from './working-days';

const VIEW_MAX_AGE_MS = 60_000;
let loadedAt = Number.NEGATIVE_INFINITY;
let entered: HolidayYearDoc[] = [];

/** The entered years (a few documents: one a year). */
export async function loadHolidayCalendars(use: 'clock' | 'view' = 'clock'): Promise<HolidayYearDoc[]> {
  // Date.now() measures the cache's age on this instance, not a legal time.
  if (use === 'view' && Date.now() - loadedAt < VIEW_MAX_AGE_MS) return entered;
  entered = await docsOf<HolidayYearDoc>(db.collection(HOLIDAY_CALENDAR_COLLECTION).orderBy('year', 'asc').limit(100));
  loadedAt = Date.now();
  useEnteredYears(entered);
  return entered;
}
