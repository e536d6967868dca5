// Lays a table's cells (with their row and column spans) out on a grid of columns, then reduces it to
// what a phone can show: leading full-width rows become captions, the header rows one row of column
// labels, empty rows and columns go. A cell spanning rows is repeated in each of them, so every row
// reads on its own (a row is shown as a card in elder mode, and a long table is split into parts).
import type { TableRow } from '#types/models/content';
import { invalidArgument } from '../app-error';

/** Real 裁量基准 and budget tables have 4-15 columns and up to a few thousand rows. */
export const TABLE_MAX_COLUMNS = 30;
export const TABLE_MAX_ROWS = 5000;
/** At most this many full-width rows at the top are read as the table's title lines. */
const MAX_CAPTIONS = 2;
/** Without markup saying so, a first row is a header when its cells read like short labels. */
const LABEL_MAX = 20;
const NUMBER_LIKE = /^[\d\s.,，%％+\-－()（）¥￥元万亿]*$/;

export interface RawCell {
  text: string;
  colspan: number;
  rowspan: number;
  /** Marked as a header by the markup: a <th>, or a cell in <thead>. */
  th: boolean;
  /** All of its text is bold, as Word marks a header row. */
  bold: boolean;
}

interface Slot {
  text: string;
  /** Taken by the cell to its left (a column span): shown as part of that cell. */
  covered: boolean;
  /** The first row of its cell, and how many rows the cell spans. */
  top: boolean;
  rowspan: number;
  th: boolean;
  bold: boolean;
}

export interface TableShape {
  captions: string[];
  rows: TableRow[];
}

const EMPTY: Slot = { text: '', covered: false, top: true, rowspan: 1, th: false, bold: false };

const tooWide = (): Error => invalidArgument(`表格列数过多（最多 ${TABLE_MAX_COLUMNS} 列），请拆分表格或改为附件`);

function layOut(rows: RawCell[][]): Slot[][] {
  const grid: (Slot | undefined)[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    const line = grid[r] as (Slot | undefined)[];
    let c = 0;
    for (const cell of cells) {
      while (line[c]) c += 1;
      const colspan = Math.max(1, Math.min(cell.colspan, TABLE_MAX_COLUMNS));
      // rowspan="0" spans to the end of the table, as in HTML.
      const rowspan = cell.rowspan === 0 ? rows.length - r : Math.max(1, Math.min(cell.rowspan, rows.length - r));
      if (c + colspan > TABLE_MAX_COLUMNS) throw tooWide();
      for (let dr = 0; dr < rowspan; dr += 1) {
        const target = grid[r + dr] as (Slot | undefined)[];
        for (let dc = 0; dc < colspan; dc += 1) {
          if (target[c + dc]) continue;
          target[c + dc] = { text: dc === 0 ? cell.text : '', covered: dc > 0, top: dr === 0, rowspan, th: cell.th, bold: cell.bold };
        }
      }
      c += colspan;
    }
  });
  const width = Math.max(0, ...grid.map((line) => line.length));
  return grid.map((line) => Array.from({ length: width }, (_, c) => line[c] ?? EMPTY));
}

const isEmpty = (slot: Slot): boolean => slot.text === '';

function dropEmpty(grid: Slot[][]): Slot[][] {
  const rows = grid.filter((line) => !line.every(isEmpty));
  const width = rows[0]?.length ?? 0;
  const keep = Array.from({ length: width }, (_, c) => c).filter((c) => rows.some((line) => !isEmpty(line[c] as Slot)));
  return rows.map((line) => keep.map((c) => line[c] as Slot));
}

/** A row with text in its first cell only: a title above the table, or a section row inside it. */
const isFullWidth = (line: Slot[]): boolean => !isEmpty(line[0] as Slot) && line.slice(1).every(isEmpty);

function headerRows(grid: Slot[][]): number {
  const first = grid[0];
  if (!first || grid.length < 2 || first.length < 2) return 0;
  const cells = first.filter((s) => !s.covered);
  if (cells.every((s) => s.th)) {
    let n = 1;
    while (n < grid.length - 1 && (grid[n] as Slot[]).filter((s) => !s.covered).every((s) => s.th)) n += 1;
    return n;
  }
  const labelLike = first.length >= 3 && grid.length >= 3 && cells.every((s) => s.text.length > 0 && s.text.length <= LABEL_MAX && !NUMBER_LIKE.test(s.text));
  if (!cells.every((s) => s.bold && s.text.length > 0) && !labelLike) return 0;
  // Cells of the first row that span rows downwards carry the header on to the rows below them.
  return Math.min(grid.length - 1, Math.max(...first.filter((s) => s.top).map((s) => s.rowspan)));
}

/** The text a column shows in a header row: a covered slot shows the text of the cell spanning it. */
function spannedText(line: Slot[], c: number): string {
  let i = c;
  while (i > 0 && (line[i] as Slot).covered) i -= 1;
  return (line[i] as Slot).text;
}

/** Several header rows become one: each column keeps its lowest label, with the ones above it where that label repeats. */
function flattenHeader(header: Slot[][]): TableRow {
  const width = header[0]?.length ?? 0;
  const levels = Array.from({ length: width }, (_, c) => {
    const parts: string[] = [];
    for (const line of header) {
      const text = spannedText(line, c);
      if (text && parts[parts.length - 1] !== text) parts.push(text);
    }
    return parts;
  });
  const lowest = levels.map((parts) => parts[parts.length - 1] ?? '');
  const labels = levels.map((parts, c) => (lowest.indexOf(lowest[c] as string) !== lowest.lastIndexOf(lowest[c] as string) ? parts.join(' ') : (lowest[c] as string)));
  const cells = labels.map((label, c) => (c > 0 && header.every((line) => (line[c] as Slot).covered) ? null : label));
  return { header: true, cells };
}

const toRow = (line: Slot[]): TableRow => ({ cells: line.map((s) => (s.covered ? null : s.text)) });

export function tableShape(rows: RawCell[][]): TableShape {
  if (rows.length > TABLE_MAX_ROWS) throw invalidArgument(`表格行数过多（最多 ${TABLE_MAX_ROWS} 行），请拆分表格或改为附件`);
  let grid = dropEmpty(layOut(rows));
  const captions: string[] = [];
  while (captions.length < MAX_CAPTIONS && grid.length > 1 && isFullWidth(grid[0] as Slot[])) {
    captions.push((grid[0] as Slot[])[0]?.text as string);
    grid = dropEmpty(grid.slice(1));
  }
  const h = headerRows(grid);
  const body = grid.slice(h).map(toRow);
  return { captions, rows: h > 0 ? [flattenHeader(grid.slice(0, h)), ...body] : body };
}
