// The bus routes CSV into route inputs, checked whole: every cell, then every route as the editor's
// schema checks it (stops in order, departures earliest first, every pair of stops priced). Any
// problem refuses the whole file, naming the line and what is wrong. Places are checked by the import.
import * as v from 'valibot';
import { type BusRouteInput, busRouteInput, HHMM } from '#types/api/bus-route-input';
import { busRouteProblems } from '#types/api/bus-route-problems';
import { describeIssues } from '#types/api/describe-issues';
import { CONTENT_FIELD_LABELS } from '#types/api/field-labels';
import { cleanLine, hasNoRefusedCharacter } from '#types/api/text-rule';
import type { BusDayType, BusDirection } from '#types/models/bus-route';
import { readCsv } from '../budgets/read-csv';
import { type BusCsvRow, busRows, dayTypeOf, directionOf, rowTypeOf } from './bus-csv-columns';

const MAX_ERRORS = 10;
const MAX_ROWS = 20_000;

/** A route from the file with the line each of its parts came from, to name lines in later checks. */
export interface ParsedRoute {
  input: BusRouteInput;
  line: number;
  stopLines: number[];
}

export type ParsedBusCsv = { ok: true; routes: ParsedRoute[] } | { ok: false; errors: string[] };

interface Draft {
  line: number | null;
  firstLine: number;
  head: Record<string, unknown>;
  stops: { value: unknown; line: number }[];
  timetables: { value: { direction: BusDirection; dayType: BusDayType; departures: string[] }; line: number }[];
  fares: { value: unknown; line: number }[];
}

const MONEY = /^\d{1,3}(\.\d{1,2})?$/;

function times(text: string): string[] | string {
  const parts = text.split(/[\s、，,;；]+/).filter(Boolean).map((t) => t.replace('：', ':').replace(/^(\d):/, '0$1:'));
  const bad = parts.find((t) => !HHMM.test(t));
  return bad === undefined ? parts : `发车时间“${bad}”应写成 06:30 这样的 24 小时制，多个时间用空格分开`;
}

/** One data row into its route's draft; a cell that cannot be read is an error naming the line. */
function addRow(row: BusCsvRow, drafts: Map<string, Draft>): string | null {
  const cell = (c: Parameters<BusCsvRow['get']>[0]): string => cleanLine(row.get(c)).trim();
  const bad = (['route', 'name', 'township', 'village', 'operator'] as const).find((c) => !hasNoRefusedCharacter(cell(c)));
  if (bad) return `含有控制字符或残缺的字符，请删除后重试`;
  const type = rowTypeOf(cell('type'));
  if (!type) return `类型“${cell('type')}”不认识，应为 线路、站点、班次 或 票价`;
  const code = cell('route');
  if (!code) return '没有填线路编号';
  const draft = drafts.get(code) ?? { line: null, firstLine: row.line, head: {}, stops: [], timetables: [], fares: [] };
  drafts.set(code, draft);
  if (type === 'route') {
    if (draft.line !== null) return `线路「${code}」已在第 ${draft.line} 行写过`;
    const fare = cell('fare');
    if (fare && !MONEY.test(fare)) return `统一票价“${fare}”应为元数，最多两位小数（按站分段计价的线路这一格空着）`;
    draft.line = row.line;
    draft.head = { code, name: cell('name'), operator: cell('operator'), hotline: cell('hotline').replace(/\s/g, ''), flatFare: fare ? Number(fare) : null };
  } else if (type === 'stop') {
    const minutes = cell('minutes');
    if (!/^\d{1,3}$/.test(minutes)) return `到站分钟数“${minutes}”应为整数（从第一站出发后多少分钟到这一站，第一站填 0）`;
    draft.stops.push({ line: row.line, value: { name: cell('name'), township: cell('township'), village: cell('village') || null, minutes: Number(minutes) } });
  } else if (type === 'trip') {
    const direction = directionOf(cell('direction'));
    const dayType = dayTypeOf(cell('days'));
    if (!direction) return `方向“${cell('direction')}”应为 去程 或 返程`;
    if (!dayType) return `日子“${cell('days')}”应为 工作日、周末 或 节假日`;
    const departures = times(cell('times'));
    if (typeof departures === 'string') return departures;
    draft.timetables.push({ line: row.line, value: { direction, dayType, departures } });
  } else {
    const fare = cell('fare');
    if (!MONEY.test(fare)) return `票价“${fare}”应为元数，最多两位小数`;
    draft.fares.push({ line: row.line, value: { from: cell('from'), to: cell('to'), yuan: Number(fare) } });
  }
  return null;
}

/** The line a part of a route came from. */
function lineOf(draft: Draft, part: string, index: number | undefined): number {
  const list = part === 'stops' ? draft.stops : part === 'timetables' ? draft.timetables : part === 'fares' ? draft.fares : null;
  return (index !== undefined ? list?.[index]?.line : undefined) ?? draft.line ?? draft.firstLine;
}

function checkRoute(code: string, draft: Draft, errors: string[]): ParsedRoute | null {
  if (draft.line === null) {
    errors.push(`第 ${draft.firstLine} 行：线路「${code}」没有“线路”行（写线路名称、运营单位、服务电话和统一票价）`);
    return null;
  }
  const raw = { ...draft.head, stops: draft.stops.map((s) => s.value), timetables: draft.timetables.map((t) => t.value), fares: draft.fares.map((f) => f.value), note: '' };
  const problems = busRouteProblems(raw as unknown as Parameters<typeof busRouteProblems>[0]);
  for (const p of problems) errors.push(`第 ${lineOf(draft, p.part, p.part === 'route' ? undefined : p.index)} 行：线路「${code}」${p.message}`);
  if (problems.length) return null;
  const parsed = v.safeParse(busRouteInput, raw);
  if (!parsed.success) {
    const path = parsed.issues[0]?.path ?? [];
    const index = path[1]?.key;
    errors.push(`第 ${lineOf(draft, String(path[0]?.key ?? ''), typeof index === 'number' ? index : undefined)} 行：线路「${code}」${describeIssues(parsed.issues, CONTENT_FIELD_LABELS.busRoute)}`);
    return null;
  }
  return { input: parsed.output, line: draft.line, stopLines: draft.stops.map((s) => s.line) };
}

export function parseBusCsv(csv: string): ParsedBusCsv {
  const read = readCsv(csv);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const table = busRows(read.rows);
  if (!table.ok) return { ok: false, errors: table.errors.slice(0, MAX_ERRORS) };
  if (table.rows.length > MAX_ROWS) return { ok: false, errors: [`文件有 ${table.rows.length} 行，最多 ${MAX_ROWS} 行`] };
  if (!table.rows.length) return { ok: false, errors: ['文件里没有线路：表头下面至少要有一条“线路”行'] };
  const errors: string[] = [];
  const drafts = new Map<string, Draft>();
  for (const row of table.rows) {
    const problem = addRow(row, drafts);
    if (problem) errors.push(`第 ${row.line} 行：${problem}`);
  }
  const routes: ParsedRoute[] = [];
  if (!errors.length) {
    for (const [code, draft] of drafts) {
      const route = checkRoute(code, draft, errors);
      if (route) routes.push(route);
    }
  }
  return errors.length ? { ok: false, errors: errors.slice(0, MAX_ERRORS) } : { ok: true, routes };
}
