// A 双公示 file from CSV text, checked whole: any bad row refuses the file, naming the line and the
// reason (the first few), and a decision number may appear once. `today` is the Beijing day of the
// import: no decision may be dated after it.
import { DECISION_FILE_MAX_ROWS, type DecisionKind } from '#types/models/decision';
import { readCsv } from '../budgets/read-csv';
import { headedRows } from '../csv/headed-rows';
import { decisionHeader } from './decision-csv-columns';
import { type DecisionFields, decisionRow } from './decision-row';

const MAX_ERRORS = 10;

export type ParsedDecisions = { ok: true; rows: DecisionFields[] } | { ok: false; errors: string[] };

export function parseDecisionCsv(csv: string, kind: DecisionKind, today: string): ParsedDecisions {
  const read = readCsv(csv);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const table = headedRows(read.rows, decisionHeader(kind));
  if (!table.ok) return { ok: false, errors: table.errors.slice(0, MAX_ERRORS) };
  if (table.rows.length === 0) return { ok: false, errors: ['文件里只有表头，没有决定'] };
  if (table.rows.length > DECISION_FILE_MAX_ROWS) return { ok: false, errors: [`文件有 ${table.rows.length} 行，一次最多导入 ${DECISION_FILE_MAX_ROWS} 行，请分成几个文件`] };
  const errors: string[] = [];
  const rows: DecisionFields[] = [];
  const lineOf = new Map<string, number>();
  for (const raw of table.rows) {
    const checked = decisionRow(kind, raw, today);
    if (!checked.ok) { errors.push(checked.error); continue; }
    const earlier = lineOf.get(checked.fields.decisionNo);
    if (earlier !== undefined) { errors.push(`第 ${raw.line} 行：决定文书号“${checked.fields.decisionNo}”与第 ${earlier} 行重复`); continue; }
    lineOf.set(checked.fields.decisionNo, raw.line);
    rows.push(checked.fields);
  }
  return errors.length ? { ok: false, errors: errors.slice(0, MAX_ERRORS) } : { ok: true, rows };
}
