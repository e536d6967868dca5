// A bus route as staff (the editor or the CSV import) send it, checked field by field and then as a
// whole (busRouteProblems): the same schema in the browser and in the functions.
import * as v from 'valibot';
import { BUS_CODE_MAX, BUS_DAY_TYPES, BUS_DEPARTURES_MAX, BUS_DIRECTIONS, BUS_STOPS_MAX } from '../models/bus-route';
import { TOWNSHIP_NAME_MAX, VILLAGE_NAME_MAX } from '../models/place';
import { busRouteProblems } from './bus-route-problems';
import { line, prose } from './text-rule';

export const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
export const HOTLINE = /^(1\d{10}|0\d{2,3}-?\d{7,8}|\d{5,8})$/;
const yuan = v.pipe(v.number(), v.minValue(0, '票价不能小于 0'), v.maxValue(200, '票价最多 200 元'), v.check((n) => Math.round(n * 100) === n * 100, '票价最多两位小数'));

export const busRouteInput = v.pipe(
  v.strictObject({
    code: line(BUS_CODE_MAX),
    name: line(40),
    operator: line(40),
    hotline: v.pipe(v.string(), v.trim(), v.regex(HOTLINE, '服务电话应为手机号、带区号的座机号或 5～8 位的服务号码（如 12328）')),
    flatFare: v.nullable(yuan),
    stops: v.pipe(
      v.array(v.strictObject({ name: line(20), township: line(TOWNSHIP_NAME_MAX), village: v.nullable(line(VILLAGE_NAME_MAX)), minutes: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(600)) })),
      v.maxLength(BUS_STOPS_MAX),
    ),
    timetables: v.pipe(
      v.array(v.strictObject({
        direction: v.picklist(BUS_DIRECTIONS),
        dayType: v.picklist(BUS_DAY_TYPES),
        departures: v.pipe(v.array(v.pipe(v.string(), v.regex(HHMM, '发车时间应写成 06:30 这样的 24 小时制'))), v.maxLength(BUS_DEPARTURES_MAX)),
      })),
      v.maxLength(6),
    ),
    fares: v.pipe(v.array(v.strictObject({ from: line(20), to: line(20), yuan })), v.maxLength((BUS_STOPS_MAX * (BUS_STOPS_MAX - 1)) / 2)),
    note: v.optional(prose(300, 0), ''),
  }),
  v.check((route) => busRouteProblems(route).length === 0, (issue) => busRouteProblems(issue.input as Parameters<typeof busRouteProblems>[0])[0]?.message ?? '线路信息不完整'),
);
export type BusRouteInput = v.InferOutput<typeof busRouteInput>;
