import { ScrollView, Text, View } from '@tarojs/components';
import type { TableBlock, TableRow } from '#types/models/content';
import { useElderMode } from '@/features/display';
import { FOCUSABLE_SCROLL } from '@/components/ui/focusable-scroll';

/** Column widths in characters: the longest line in the column, within bounds (a wide column wraps). */
const MIN_CHARS = 3;
const MAX_CHARS = 12;
const PADDING_CHARS = 1;

function columnWidths(rows: TableRow[]): number[] {
  const count = rows[0]?.cells.length ?? 0;
  return Array.from({ length: count }, (_, c) => {
    const longest = Math.max(0, ...rows.map((row) => Math.max(0, ...(row.cells[c] ?? '').split('\n').map((line) => line.length))));
    return Math.min(MAX_CHARS, Math.max(MIN_CHARS, longest)) + PADDING_CHARS;
  });
}

/** A row's cells with the width each takes: a cell spanning columns (null after it) takes theirs too. */
function spannedCells(row: TableRow, widths: number[]): { text: string; width: number; column: number }[] {
  const cells: { text: string; width: number; column: number }[] = [];
  row.cells.forEach((cell, c) => {
    const last = cells[cells.length - 1];
    if (cell === null && last) last.width += widths[c] ?? 0;
    else cells.push({ text: cell ?? '', width: widths[c] ?? 0, column: c });
  });
  return cells;
}

/** A row with text in its first cell spanning the whole table: a section title such as 一、道路运输类. */
const isSection = (row: TableRow): boolean => row.cells.length > 1 && row.cells.slice(1).every((cell) => cell === null);

/** The header label of each column; a header cell spanning columns lends its label to them. */
function columnLabels(header: TableRow | undefined, count: number): string[] {
  const labels: string[] = [];
  for (let c = 0; c < count; c += 1) labels.push(header ? (header.cells[c] ?? labels[c - 1] ?? '') : '');
  return labels;
}

function TableGrid({ block }: { block: TableBlock }) {
  const widths = columnWidths(block.rows);
  const total = widths.reduce((sum, w) => sum + w, 0);
  return (
    <ScrollView scrollX className="body-table__scroll" {...FOCUSABLE_SCROLL}>
      <View className="body-table" role="table" style={{ width: `${total}em` }}>
        {block.rows.map((row, r) => (
          <View key={r} className={row.header ? 'body-table__row body-table__row--header' : 'body-table__row'} role="row">
            {spannedCells(row, widths).map((cell) => (
              <View key={cell.column} className="body-table__cell" role={row.header ? 'columnheader' : 'cell'} style={{ width: `${cell.width}em` }}>
                {cell.text}
              </View>
            ))}
          </View>
        ))}
      </View>
    </ScrollView>
  );
}

/**
 * Elder mode: one card per row, each cell on its own line as "表头：内容" (a cell spanning columns has no
 * one header, so it stands alone); section rows as titles.
 */
function TableCards({ block }: { block: TableBlock }) {
  const header = block.rows[0]?.header ? block.rows[0] : undefined;
  const count = block.rows[0]?.cells.length ?? 0;
  const labels = columnLabels(header, count);
  const pairsOnly = !header && count === 2;
  return (
    <View className="body-table-cards" role="list">
      {block.rows.map((row, r) => {
        if (row.header) return null;
        if (isSection(row)) {
          return (
            <View key={r} className="body-table-cards__section" role="listitem">
              {row.cells[0]}
            </View>
          );
        }
        const lines = pairsOnly
          ? [{ label: row.cells[0] ?? '', value: row.cells[1] ?? '' }]
          : row.cells.flatMap((value, c) => (value ? [{ label: row.cells[c + 1] === null ? '' : (labels[c] ?? ''), value }] : []));
        return (
          <View key={r} className="card body-table-card" role="listitem">
            {lines.map((line, i) => (
              <Text key={i} className="body-table-card__line">
                {line.label && <Text className="body-table-card__label">{line.label}：</Text>}
                {line.value}
              </Text>
            ))}
          </View>
        );
      })}
    </View>
  );
}

/** A table of the original: a grid that scrolls sideways, or row by row as cards in elder mode. */
export function BodyTable({ block }: { block: TableBlock }) {
  const elder = useElderMode();
  return (
    <View className="body-table-block">
      {block.continued && <Text className="row__hint">（续表）</Text>}
      {elder ? <TableCards block={block} /> : <TableGrid block={block} />}
    </View>
  );
}
