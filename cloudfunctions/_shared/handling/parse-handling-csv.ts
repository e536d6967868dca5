// A 办件 file from CSV text, checked whole: any bad row refuses the file, naming the line and the reason
// (the first few), and a record number may appear once. Each row comes back with its document id.
import { HANDLING_FILE_MAX_ROWS } from '#types/models/handling';
import { readCsv } from '../budgets/read-csv';
import { headedRows } from '../csv/headed-rows';
import { HANDLING_HEADER } from './handling-csv-columns';
import { handlingRecordId, rowKey } from './handling-record-id';
import { type HandlingFields, handlingRow } from './handling-row';

const MAX_ERRORS = 10;

export type ParsedHandling = { ok: true; rows: { id: string; fields: HandlingFields }[] } | { ok: false; errors: string[] };

export function parseHandlingCsv(csv: string, now: Date): ParsedHandling {
  const read = readCsv(csv);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const table = headedRows(read.rows, HANDLING_HEADER);
  if (!table.ok) return { ok: false, errors: table.errors.slice(0, MAX_ERRORS) };
  if (table.rows.length === 0) return { ok: false, errors: ['文件里只有表头，没有办件'] };
  if (table.rows.length > HANDLING_FILE_MAX_ROWS) return { ok: false, errors: [`文件有 ${table.rows.length} 行，一次最多导入 ${HANDLING_FILE_MAX_ROWS} 行，请按月份分成几个文件`] };
  const errors: string[] = [];
  const rows: { id: string; fields: HandlingFields }[] = [];
  const lineOfNo = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const raw of table.rows) {
    const checked = handlingRow(raw, now);
    if (!checked.ok) { errors.push(checked.error); if (errors.length >= MAX_ERRORS) break; continue; }
    const { recordNo } = checked.fields;
    if (recordNo) {
      const earlier = lineOfNo.get(recordNo);
      if (earlier !== undefined) { errors.push(`第 ${raw.line} 行：办件编号“${recordNo}”与第 ${earlier} 行重复`); continue; }
      lineOfNo.set(recordNo, raw.line);
    }
    let occurrence = 0;
    if (!recordNo) {
      const key = rowKey(checked.fields);
      occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
    }
    rows.push({ id: handlingRecordId(checked.fields, occurrence), fields: checked.fields });
  }
  return errors.length ? { ok: false, errors: errors.slice(0, MAX_ERRORS) } : { ok: true, rows };
}
