// The official holiday calendar as data. The State Council announces each year's public holidays
// and make-up working days (调休) late in the year before; the installed calendar library covers the
// years it shipped with, and an admin enters a later year from the notice. Doc id: the year.
export const HOLIDAY_CALENDAR_COLLECTION = 'holiday_calendars';

export interface HolidayRange {
  /** 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节 … */
  name: string;
  /** First and last day off, 'YYYY-MM-DD' (Beijing calendar days). */
  from: string;
  to: string;
}

export interface HolidayYear {
  year: number;
  holidays: HolidayRange[];
  /** Weekend days that are working days (调休上班), 'YYYY-MM-DD'. */
  workdays: string[];
  /** The notice it was copied from, e.g. 国办发明电〔2026〕N号. */
  source: string;
}

export interface HolidayYearDoc extends HolidayYear {
  _id: string;
  updatedAt: Date;
  updatedBy: string;
}

/** From this day of the year (Beijing), staff are told when next year's calendar is missing. */
export const NEXT_YEAR_REMINDER_FROM = '11-01';
