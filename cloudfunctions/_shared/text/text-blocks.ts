// Reads pasted plain text into blocks: a line per block, classified by its numbering. Lines with tabs
// in them, two or more in a row, are a table, as Word, WPS and spreadsheets copy one (and as
// blocksToText writes a table back for editing); a row with text in its first cell only spans the table.
import type { Block } from '#types/models/content';
import { classifyLine } from './classify-line';
import { collapseSpace } from './collapse-space';
import { tableBlocks } from './table-blocks';
import { type RawCell, tableShape } from './table-grid';

const cellsOf = (line: string): string[] => line.split('\t').map(collapseSpace);
/** A table starts at a line with text before its first tab, so a tab-indented paragraph is not a row. */
const startsRow = (line: string): boolean => line.includes('\t') && collapseSpace(line.slice(0, line.indexOf('\t'))) !== '';
const continuesRow = (line: string): boolean => line.includes('\t') && cellsOf(line).some(Boolean);

function tableLength(lines: string[], from: number): number {
  if (!startsRow(lines[from] as string)) return 0;
  let end = from + 1;
  while (end < lines.length && continuesRow(lines[end] as string)) end += 1;
  return end - from >= 2 ? end - from : 0;
}

function textTable(lines: string[]): Block[] {
  const rows = lines.map(cellsOf);
  const width = rows.reduce((max, cells) => Math.max(max, cells.length), 0);
  const raw = rows.map((cells): RawCell[] => {
    const lone = cells[0] !== '' && cells.slice(1).every((c) => c === '');
    const cell = (text: string, colspan: number): RawCell => ({ text, colspan, rowspan: 1, th: false, bold: false });
    return lone ? [cell(cells[0] as string, width)] : cells.map((text) => cell(text, 1));
  });
  const shape = tableShape(raw);
  return [...shape.captions.map((text) => classifyLine(text)), ...(shape.rows.length > 0 ? tableBlocks(shape.rows) : [])];
}

export function textBlocks(source: string): Block[] {
  const lines = source.split(/\r?\n/);
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; ) {
    const run = tableLength(lines, i);
    if (run > 0) {
      blocks.push(...textTable(lines.slice(i, i + run)));
      i += run;
    } else {
      const text = collapseSpace(lines[i] as string);
      if (text) blocks.push(classifyLine(text));
      i += 1;
    }
  }
  return blocks;
}
