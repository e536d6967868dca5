// 办件 handling times: the import staff run, what a guide page shows, and the staff overview of records
// that cannot be linked to a guide or judged against its promise (listed, never dropped).
import * as v from 'valibot';
import type { BudgetFileEncoding } from '../models/budget';
import { defineAction } from './action';
import { hasOneSource, ONE_SOURCE_MESSAGE } from './budget-import';
import { uploadFileId } from './file-id';
import { prose } from './text-rule';

export interface HandlingImportResult {
  rows: number;
  created: number;
  /** Stored before and changed in this file (e.g. completed since the last export). */
  updated: number;
  unchanged: number;
  /** Rows still being handled (no completion time). */
  inProgress: number;
  encoding: BudgetFileEncoding | null;
  /** Item codes in the file that no published guide carries (their records are kept and listed). */
  unlinkedCodes: string[];
}

/** Completed cases over one window, in working days. */
export interface HandlingWindow {
  /** Beijing days, inclusive. */
  from: string;
  to: string;
  completed: number;
  medianDays: number | null;
  meanDays: number | null;
  /** Share completed within the guide's promised limit; null when the guide promises none or nothing completed. */
  withinPromisedShare: number | null;
}

export interface ServiceTimes {
  itemCode: string;
  promisedDays: number | null;
  current: HandlingWindow;
  previous: HandlingWindow;
  /** Relative change of the mean on the previous window (−0.3 = 30% shorter); null when either is empty. */
  meanChange: number | null;
}

export interface HandlingCodeRow {
  itemCode: string;
  itemName: string;
  records: number;
  inProgress: number;
  /** The published guides carrying this code (none: unlinked; more than one: a duplicate to fix). */
  guides: { id: string; name: string; promisedDays: number | null }[];
}

export interface HandlingOverview {
  /** Beijing days, inclusive: the last year of records by day received. */
  from: string;
  to: string;
  total: number;
  codes: HandlingCodeRow[];
  /** Published guides with no item code, so no record can reach them. */
  guidesWithoutCode: { id: string; name: string }[];
}

export const handlingPublicApi = {
  /** A guide's measured handling times (last half-year and the one before); null when it has no item code. */
  getServiceTimes: defineAction<ServiceTimes | null>()(v.strictObject({ id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/)) })),
};

export const handlingStaffApi = {
  /** Editors and reviewers: a 办件 file from the provincial platform, checked whole; re-importing stores nothing twice. */
  importHandling: defineAction<HandlingImportResult>()(
    v.pipe(v.strictObject({ fileId: v.optional(uploadFileId), csv: v.optional(prose(1_000_000)) }), v.check((input) => hasOneSource(input), ONE_SOURCE_MESSAGE)),
  ),
  /** Any staff member: records per item code over the last year, which guide each links to, and what cannot be linked. */
  getHandlingOverview: defineAction<HandlingOverview>()(v.strictObject({})),
};
