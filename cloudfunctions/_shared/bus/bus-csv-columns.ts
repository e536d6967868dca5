// The columns of the bus routes CSV and the words a clerk may write in them, English keys or Chinese
// headings in any order. One file holds every route: a 线路 row per route, then its 站点 rows in order,
// its 班次 rows (one per direction and day type) and, unless the fare is flat, its 票价 rows.
import type { BusDayType, BusDirection } from '#types/models/bus-route';
import { normalLabel } from '../budgets/budget-csv-columns';
import type { CsvRow } from '../budgets/read-csv';

export const BUS_COLUMNS = ['type', 'route', 'name', 'township', 'village', 'minutes', 'direction', 'days', 'times', 'from', 'to', 'fare', 'operator', 'hotline'] as const;
export type BusColumn = (typeof BUS_COLUMNS)[number];

const COLUMN_NAMES: Record<BusColumn, string[]> = {
  type: ['类型', '行类型'],
  route: ['线路编号', '线路'],
  name: ['名称', '站名', '线路名称'],
  township: ['乡镇'],
  village: ['村', '村（社区）', '村社区'],
  minutes: ['分钟', '到站分钟', '到站分钟数'],
  direction: ['方向'],
  days: ['日子', '日期类型', '适用日'],
  times: ['发车时间', '时刻', '发车时刻'],
  from: ['起点', '起点站', '上车站'],
  to: ['终点', '终点站', '下车站'],
  fare: ['票价', '票价（元）', '元'],
  operator: ['运营单位', '经营单位'],
  hotline: ['服务电话', '电话', '热线'],
};

export const ROW_TYPES = ['route', 'stop', 'trip', 'fare'] as const;
export type BusRowType = (typeof ROW_TYPES)[number];
const ROW_TYPE_NAMES: Record<BusRowType, string[]> = { route: ['线路'], stop: ['站点', '站'], trip: ['班次', '时刻表'], fare: ['票价'] };
const DIRECTION_NAMES: Record<BusDirection, string[]> = { out: ['去程', '下行'], back: ['返程', '上行', '回程'] };
const DAY_NAMES: Record<BusDayType, string[]> = { weekday: ['工作日', '平日'], weekend: ['周末', '双休日', '休息日'], holiday: ['节假日', '法定节假日'] };

const lookup = <K extends string>(names: Record<K, string[]>): Map<string, K> =>
  new Map(Object.entries<string[]>(names).flatMap(([key, labels]) => [key, ...labels].map((label) => [normalLabel(label), key as K] as const)));
const COLUMN_BY_LABEL = lookup(COLUMN_NAMES);
const ROW_TYPE_BY_LABEL = lookup(ROW_TYPE_NAMES);
const DIRECTION_BY_LABEL = lookup(DIRECTION_NAMES);
const DAY_BY_LABEL = lookup(DAY_NAMES);

export const rowTypeOf = (text: string): BusRowType | null => ROW_TYPE_BY_LABEL.get(normalLabel(text)) ?? null;
export const directionOf = (text: string): BusDirection | null => DIRECTION_BY_LABEL.get(normalLabel(text)) ?? null;
export const dayTypeOf = (text: string): BusDayType | null => DAY_BY_LABEL.get(normalLabel(text)) ?? null;

export interface BusCsvRow {
  line: number;
  get(column: BusColumn): string;
}

export type BusRows = { ok: true; rows: BusCsvRow[] } | { ok: false; errors: string[] };

const HEADER_SEARCH_ROWS = 5;
const isHeader = (row: CsvRow): boolean => row.cells.some((c) => COLUMN_BY_LABEL.get(normalLabel(c)) === 'type') && row.cells.some((c) => COLUMN_BY_LABEL.get(normalLabel(c)) === 'route');

/** Finds the header (after a title row or two), maps its columns and gives each data row by column. */
export function busRows(csv: CsvRow[]): BusRows {
  const at = csv.slice(0, HEADER_SEARCH_ROWS).findIndex(isHeader);
  if (at < 0) return { ok: false, errors: [`找不到表头：第 1 行应为表头 ${BUS_COLUMNS.join(',')}（也可用中文列名：类型、线路编号、名称、乡镇、村、分钟、方向、日子、发车时间、起点、终点、票价、运营单位、服务电话）`] };
  const head = csv[at] as CsvRow;
  const errors: string[] = [];
  const index = new Map<BusColumn, number>();
  head.cells.forEach((cell, i) => {
    if (cell === '') return;
    const column = COLUMN_BY_LABEL.get(normalLabel(cell));
    if (!column) errors.push(`第 ${head.line} 行：不认识的列“${cell}”；可用的列：${BUS_COLUMNS.join(',')}`);
    else if (index.has(column)) errors.push(`第 ${head.line} 行：列“${cell}”重复`);
    else index.set(column, i);
  });
  if (errors.length) return { ok: false, errors };
  const width = head.cells.length;
  const rows: BusCsvRow[] = [];
  for (const { line, cells } of csv.slice(at + 1)) {
    if (cells.slice(width).some((c) => c !== '')) errors.push(`第 ${line} 行比表头多出 ${cells.length - width} 格：格子里有英文逗号时，要整格加英文双引号（发车时间请用空格分开）`);
    else rows.push({ line, get: (column) => cells[index.get(column) ?? -1] ?? '' });
  }
  return errors.length ? { ok: false, errors } : { ok: true, rows };
}
