// Table 三 for a year from the disclosure applications: 本年新收 (received in the year), 上年结转 (received
// before, not decided when the year began), the results decided in the year by category and reason, 总计,
// and 结转下年度继续办理 (received by the year's end, not decided by then). Each row by applicant column and
// in total; an application that cannot be placed is left out of every row and listed with why, so the table
// always balances: 新收 + 结转 = 总计 + 结转下年度.
import type { DisclosureDetails } from '#types/models/case';
import { APPLICATION_COLUMNS, APPLICATION_ROWS, type ApplicationColumn, type ApplicationTable } from '#types/models/annual-report';
import { placeApplication } from './place-application';
import { beijingYear, within } from './report-year';
import type { Trace, UnplacedRecord } from './report-trace';

export interface ApplicationRecord {
  _id: string;
  trackingNo: string;
  createdAt: Date;
  /** The reply deadline (for the share answered on time). */
  dueAt?: Date;
  disclosure: DisclosureDetails;
}

export const applicationCell = (row: string, column: ApplicationColumn): string => `applications.${row}.${column}`;

export function emptyApplicationTable(): ApplicationTable {
  return Object.fromEntries(APPLICATION_ROWS.map((row) => [row, Object.fromEntries(APPLICATION_COLUMNS.map((c) => [c, 0]))])) as ApplicationTable;
}

export function tallyApplications(year: number, apps: ApplicationRecord[], trace: Trace): { table: ApplicationTable; unplaced: UnplacedRecord[] } {
  const span = beijingYear(year);
  const table = emptyApplicationTable();
  const unplaced: UnplacedRecord[] = [];
  for (const app of apps) {
    const decidedAt = app.disclosure.decision?.at ?? null;
    if (app.createdAt >= span.end || (decidedAt && decidedAt < span.start)) continue;
    const label = `${app.trackingNo} ${app.disclosure.description.slice(0, 30)}`;
    const placed = placeApplication(app.disclosure);
    const decidedInYear = within(decidedAt, span);
    const problems = placed.problems.filter((p) => decidedInYear || !p.startsWith('答复决定'));
    if (!placed.column || problems.length) {
      unplaced.push({ id: app._id, label, kind: 'application', problems });
      continue;
    }
    const rows = [
      app.createdAt >= span.start ? 'received' : 'carriedIn',
      ...(decidedInYear && placed.result ? [placed.result.reason ? `${placed.result.outcome}.${placed.result.reason}` : placed.result.outcome, 'total'] : ['carriedOut']),
    ];
    for (const row of rows) {
      for (const column of [placed.column, 'total'] as const) {
        (table[row] as Record<ApplicationColumn, number>)[column] += 1;
        trace.add(applicationCell(row, column), { id: app._id, label });
      }
    }
  }
  return { table, unplaced };
}
