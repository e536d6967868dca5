// Publishes a checked 双公示 file: read as budgets are (UTF-8 or GBK, never garbled), every row checked
// before anything is written, then each decision set under its (kind, decision number) id, keeping the
// instant it first went online. Written in batches of parallel single-document writes; a retried or
// repeated import sets the same documents again, so it never duplicates. One audit entry per import carries the 保密审查.
import type { DecisionImportResult } from '#types/api/decision-views';
import { CASE_SETTINGS_COLLECTION } from '#types/models/case';
import { DECISION_COLLECTION, type DecisionDoc, type DecisionKind, PUBLICITY_DEFAULTS, PUBLICITY_ID, type PublicityDoc } from '#types/models/decision';
import type { ConfidentialityCheck } from '#types/models/confidentiality';
import { invalidArgument } from '../app-error';
import { recordAudit } from '../audit';
import { _, db, docOrNull, docsOf, runTransaction } from '../cloud';
import { type BudgetSource, budgetText } from '../budgets/budget-text';
import { problemMessage } from '../csv/problem-message';
import { loadHolidayCalendars } from '../time/holiday-calendars';
import { cstDay } from '../time/working-days';
import { decisionClock } from './decision-clock';
import { decisionId } from './decision-id';
import { parseDecisionCsv } from './parse-decision-csv';

const BATCH = 100;

export interface DecisionImport {
  kind: DecisionKind;
  source: BudgetSource;
  check: ConfidentialityCheck;
}

export const searchTextOf = (d: Pick<DecisionDoc, 'partyName' | 'decisionNo' | 'content'>): string => `${d.partyName} ${d.decisionNo} ${d.content}`.toLowerCase();

export async function importDecisions({ kind, source, check }: DecisionImport, actor: string, now: Date): Promise<DecisionImportResult> {
  const { text, encoding } = await budgetText(source, '双公示 CSV 每千条通常只有几百 KB');
  const parsed = parseDecisionCsv(text, kind, cstDay(now));
  if (!parsed.ok) throw invalidArgument(problemMessage(parsed.errors));
  await loadHolidayCalendars('clock');
  const result: DecisionImportResult = { kind, rows: parsed.rows.length, created: 0, updated: 0, late: 0, encoding };
  for (let start = 0; start < parsed.rows.length; start += BATCH) {
    const batch = parsed.rows.slice(start, start + BATCH).map((fields) => ({ id: decisionId(kind, fields.decisionNo), fields }));
    const existing = await docsOf<Pick<DecisionDoc, '_id' | 'publishedAt'>>(db.collection(DECISION_COLLECTION).where({ _id: _.in(batch.map((b) => b.id)) }).field({ publishedAt: true }).limit(BATCH));
    const firstOnline = new Map(existing.map((d) => [d._id, d.publishedAt]));
    // Each decision is one whole document, set in one write: no transaction is needed to keep it whole.
    await Promise.all(
      batch.map(({ id, fields }) => {
        const publishedAt = firstOnline.get(id) ?? now;
        const doc: Omit<DecisionDoc, '_id'> = { ...fields, publishedAt, ...decisionClock(fields.decisionDate, publishedAt), searchText: searchTextOf(fields), importedAt: now, importedBy: actor, confidentiality: check };
        return db.collection(DECISION_COLLECTION).doc(id).set({ data: doc });
      }),
    );
    for (const { id, fields } of batch) {
      result[firstOnline.has(id) ? 'updated' : 'created'] += 1;
      if (decisionClock(fields.decisionDate, firstOnline.get(id) ?? now).late) result.late += 1;
    }
  }
  const authorities = [...new Set(parsed.rows.map((r) => r.authority))];
  await runTransaction(async (tx) => {
    const ref = tx.collection(CASE_SETTINGS_COLLECTION).doc(PUBLICITY_ID);
    const settings = await docOrNull<PublicityDoc>(ref);
    const known = settings?.authorities ?? [];
    if (authorities.some((a) => !known.includes(a))) {
      const { _id: _omit, ...rest } = settings ?? { _id: PUBLICITY_ID, days: PUBLICITY_DEFAULTS, authorities: [], updatedAt: now, updatedBy: actor };
      await ref.set({ data: { ...rest, authorities: [...new Set([...known, ...authorities])].sort() } });
    }
    await recordAudit(tx, { actor, action: 'decision.import', collection: DECISION_COLLECTION, targetId: kind, before: null, after: { ...result, fileId: 'fileId' in source ? source.fileId : null }, confidentiality: check }, now);
  });
  return result;
}
