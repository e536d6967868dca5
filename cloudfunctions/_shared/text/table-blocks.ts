// A table as stored blocks: one block for a short table; a long one in parts (续表) of bounded size,
// each repeating the header row, so that a page of the original (see body-page.ts) stays small and a
// 300-row 裁量基准 is a dozen blocks rather than one per cell.
import type { TableBlock, TableRow } from '#types/models/content';

export const TABLE_PART_ROWS = 40;
export const TABLE_PART_CHARS = 4000;

const rowChars = (row: TableRow): number => row.cells.reduce((sum, cell) => sum + (cell?.length ?? 0), 0);

export function tableBlocks(rows: TableRow[]): TableBlock[] {
  const header = rows[0]?.header ? rows[0] : null;
  const body = header ? rows.slice(1) : rows;
  const parts: TableRow[][] = [];
  let part: TableRow[] = [];
  let chars = 0;
  for (const row of body) {
    const size = rowChars(row);
    if (part.length > 0 && (part.length >= TABLE_PART_ROWS || chars + size > TABLE_PART_CHARS)) {
      parts.push(part);
      part = [];
      chars = 0;
    }
    part.push(row);
    chars += size;
  }
  if (part.length > 0 || parts.length === 0) parts.push(part);
  return parts.map((part, i) => ({ kind: 'table', rows: header ? [header, ...part] : part, ...(i > 0 ? { continued: true as const } : {}) }));
}

