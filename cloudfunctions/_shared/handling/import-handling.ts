// Stores a checked 办件 file: read as budgets are (UTF-8 or GBK, never garbled), every row checked before
// anything is written, then written in batches: records not yet stored are added together in one
// insert, stored ones set again only when the file says something new (a case completed since the last
// export). Ids come from the record (handling-record-id.ts), so importing the same file again stores
// nothing twice; an insert that meets a record a concurrent import just added reads the batch again.
// Working days are counted once, at import, on the holiday calendar. One audit entry per import.
import type { HandlingImportResult } from '#types/api/handling-views';
import { HANDLING_COLLECTION, HANDLING_FILE_MAX_BYTES, type HandlingRecordDoc } from '#types/models/handling';
import { invalidArgument } from '../app-error';
import { recordAudit } from '../audit';
import { type BudgetSource, budgetText } from '../budgets/budget-text';
import { _, db, docsOf, runTransaction } from '../cloud';
import { problemMessage } from '../csv/problem-message';
import { isDuplicateKey } from '../duplicate-key';
import { loadHolidayCalendars } from '../time/holiday-calendars';
import { workingDaysBetween } from '../time/working-days';
import type { HandlingFields } from './handling-row';
import { parseHandlingCsv } from './parse-handling-csv';
import { unlinkedCodes } from './unlinked-codes';

/** The most one read returns on the server. */
const BATCH = 1000;
const INSERT_TRIES = 3;

type Stored = Pick<HandlingRecordDoc, '_id' | 'itemCode' | 'itemName' | 'receivedAt' | 'completedAt' | 'result' | 'channel' | 'workingDays'>;

/** Nothing new in the file's row, working days included (a holiday year entered since recounts them). */
const same = (a: Stored, b: HandlingFields & Pick<HandlingRecordDoc, 'workingDays'>): boolean =>
  a.workingDays === b.workingDays && a.itemCode === b.itemCode && a.itemName === b.itemName && a.receivedAt.getTime() === b.receivedAt.getTime() && a.result === b.result && a.channel === b.channel && (a.completedAt?.getTime() ?? null) === (b.completedAt?.getTime() ?? null);

async function writeBatch(batch: { id: string; doc: Omit<HandlingRecordDoc, '_id'> }[], counts: Pick<HandlingImportResult, 'created' | 'updated' | 'unchanged'>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const stored = await docsOf<Stored>(db.collection(HANDLING_COLLECTION).where({ _id: _.in(batch.map((b) => b.id)) }).field({ itemCode: true, itemName: true, receivedAt: true, completedAt: true, result: true, channel: true, workingDays: true }).limit(BATCH));
    const byId = new Map(stored.map((s) => [s._id, s]));
    const fresh = batch.filter((b) => !byId.has(b.id));
    const changed = batch.filter((b) => byId.has(b.id) && !same(byId.get(b.id) as Stored, b.doc));
    try {
      if (fresh.length) await db.collection(HANDLING_COLLECTION).add({ data: fresh.map(({ id, doc }) => ({ _id: id, ...doc })) });
    } catch (error) {
      if (isDuplicateKey(error) && attempt < INSERT_TRIES) continue;
      throw error;
    }
    await Promise.all(changed.map(({ id, doc }) => db.collection(HANDLING_COLLECTION).doc(id).set({ data: doc })));
    counts.created += fresh.length;
    counts.updated += changed.length;
    counts.unchanged += batch.length - fresh.length - changed.length;
    return;
  }
}

export async function importHandling(source: BudgetSource, actor: string, now: Date): Promise<HandlingImportResult> {
  const { text, encoding } = await budgetText(source, '一个月的办件导出通常不到 1 MB', HANDLING_FILE_MAX_BYTES);
  const parsed = parseHandlingCsv(text, now);
  if (!parsed.ok) throw invalidArgument(problemMessage(parsed.errors));
  await loadHolidayCalendars('clock');
  const result: HandlingImportResult = { rows: parsed.rows.length, created: 0, updated: 0, unchanged: 0, inProgress: 0, encoding, unlinkedCodes: [] };
  for (let start = 0; start < parsed.rows.length; start += BATCH) {
    const batch = parsed.rows.slice(start, start + BATCH).map(({ id, fields }) => ({
      id,
      doc: { ...fields, workingDays: fields.completedAt ? workingDaysBetween(fields.receivedAt, fields.completedAt) : null, importedAt: now, importedBy: actor },
    }));
    await writeBatch(batch, result);
  }
  result.inProgress = parsed.rows.filter((r) => r.fields.completedAt === null).length;
  result.unlinkedCodes = await unlinkedCodes([...new Set(parsed.rows.map((r) => r.fields.itemCode))]);
  await runTransaction((tx) =>
    recordAudit(tx, { actor, action: 'handling.import', collection: HANDLING_COLLECTION, targetId: 'handling', before: null, after: { ...result, fileId: 'fileId' in source ? source.fileId : null } }, now),
  );
  return result;
}
