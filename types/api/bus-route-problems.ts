// What makes a bus route inconsistent, beyond field shapes: stops out of order, a timetable whose
// departures are not earliest first, a fare table missing a pair of stops. Shared by the staff editor's
// schema (the first problem) and the CSV import (every problem, at the line it comes from).
import { BUS_DAY_TYPE_LABELS, BUS_DIRECTION_LABELS, BUS_DIRECTIONS, type BusRouteContent, minutesOf } from '../models/bus-route';

export interface BusRouteProblem {
  /** Which list the problem is in (an index into it), or the route as a whole. */
  part: 'route' | 'stops' | 'timetables' | 'fares';
  index: number;
  message: string;
}

type Route = Pick<BusRouteContent, 'stops' | 'timetables' | 'fares' | 'flatFare'>;

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

function stopProblems(route: Route): BusRouteProblem[] {
  const problems: BusRouteProblem[] = [];
  if (route.stops.length < 2) problems.push({ part: 'route', index: 0, message: '一条线路至少要有 2 个站点' });
  const seen = new Set<string>();
  route.stops.forEach((stop, index) => {
    if (seen.has(stop.name)) problems.push({ part: 'stops', index, message: `站名「${stop.name}」重复了` });
    seen.add(stop.name);
    const before = route.stops[index - 1];
    if (index === 0 && stop.minutes !== 0) problems.push({ part: 'stops', index, message: `第一站「${stop.name}」的到站分钟数应为 0` });
    if (before && stop.minutes <= before.minutes) problems.push({ part: 'stops', index, message: `「${stop.name}」的到站分钟数（${stop.minutes}）要大于上一站「${before.name}」（${before.minutes}）` });
  });
  return problems;
}

function timetableProblems(route: Route): BusRouteProblem[] {
  const problems: BusRouteProblem[] = [];
  const seen = new Set<string>();
  route.timetables.forEach((t, index) => {
    const label = `${BUS_DIRECTION_LABELS[t.direction]}·${BUS_DAY_TYPE_LABELS[t.dayType]}`;
    if (seen.has(label)) problems.push({ part: 'timetables', index, message: `「${label}」时刻表重复了` });
    seen.add(label);
    const late = t.departures.findIndex((time, i) => i > 0 && minutesOf(time) <= minutesOf(t.departures[i - 1] ?? ''));
    if (late > 0) problems.push({ part: 'timetables', index, message: `「${label}」的发车时间要从早到晚排、不能重复：${t.departures[late]} 排在了 ${t.departures[late - 1]} 之后` });
  });
  for (const direction of BUS_DIRECTIONS) {
    if (!route.timetables.some((t) => t.direction === direction && t.dayType === 'weekday')) {
      problems.push({ part: 'route', index: 0, message: `缺少「${BUS_DIRECTION_LABELS[direction]}·工作日」时刻表（周末、节假日没有单独的时刻表时按工作日、周末的开行）` });
    }
  }
  return problems;
}

function fareProblems(route: Route): BusRouteProblem[] {
  if (route.flatFare !== null) {
    return route.fares.length ? [{ part: 'fares', index: 0, message: '已填统一票价，就不用再填分段票价；二者选一' }] : [];
  }
  const problems: BusRouteProblem[] = [];
  const names = new Set(route.stops.map((s) => s.name));
  const given = new Set<string>();
  route.fares.forEach((fare, index) => {
    const unknown = [fare.from, fare.to].find((name) => !names.has(name));
    if (unknown !== undefined) problems.push({ part: 'fares', index, message: `票价里的「${unknown}」不是这条线路的站点` });
    else if (fare.from === fare.to) problems.push({ part: 'fares', index, message: `票价的起点和终点都是「${fare.from}」` });
    else if (given.has(pairKey(fare.from, fare.to))) problems.push({ part: 'fares', index, message: `「${fare.from}—${fare.to}」的票价重复了` });
    given.add(pairKey(fare.from, fare.to));
  });
  const missing: string[] = [];
  route.stops.forEach((a, i) => route.stops.slice(i + 1).forEach((b) => {
    if (!given.has(pairKey(a.name, b.name))) missing.push(`${a.name}—${b.name}`);
  }));
  if (missing.length) {
    const shown = missing.slice(0, 3).map((p) => `「${p}」`).join('、');
    problems.push({ part: 'route', index: 0, message: `票价表缺少 ${missing.length} 对站点的票价：${shown}${missing.length > 3 ? ' 等' : ''}（或者填统一票价）` });
  }
  return problems;
}

export function busRouteProblems(route: Route): BusRouteProblem[] {
  return [...stopProblems(route), ...timetableProblems(route), ...fareProblems(route)];
}
