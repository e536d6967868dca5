// Deadlines counted Monday-Friday into a year with no official calendar are counted again once
// that year's holidays are entered: by the admin's save at once, and by every jobs run after it (an
// instance that had not yet read the new year may have stored another provisional clock meanwhile).
import { CASE_COLLECTION, type CaseDoc } from '#types/models/case';
import { _, db, docsOf } from '../cloud';
import { loadHolidayCalendars } from '../time/holiday-calendars';
import { updatedOf } from '../updated-count';
import { dueOf } from './reply-clock';

const PAGE = 200;

/** Re-counts open provisional clocks; returns how many deadlines changed or became official. */
export async function recountProvisionalClocks(): Promise<number> {
  await loadHolidayCalendars('clock');
  let changed = 0;
  let after = '';
  for (;;) {
    const page = await docsOf<CaseDoc>(
      db.collection(CASE_COLLECTION).where({ 'clock.provisional': true, status: _.in(['received', 'assigned', 'supplement']), _id: _.gt(after) }).orderBy('_id', 'asc').limit(PAGE),
    );
    for (const c of page) {
      if (!c.clock) continue;
      const next = dueOf(c.clock);
      if (next.clock.provisional && next.dueAt.getTime() === c.dueAt.getTime()) continue;
      // Only if nobody moved the clock meanwhile (an extension, a supplement): the update is fenced on it.
      changed += updatedOf(await db.collection(CASE_COLLECTION).where({ _id: c._id, dueAt: c.dueAt }).update({ data: { dueAt: next.dueAt, clock: next.clock } }));
    }
    if (page.length < PAGE) return changed;
    after = page[page.length - 1]!._id;
  }
}
