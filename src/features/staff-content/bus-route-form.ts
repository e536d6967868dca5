// A bus route's lists as editable lines: stops, timetables and fares, one per line, cells split by "|"
// (the same words the CSV import takes: 去程 / 返程, 工作日 / 周末 / 节假日).
import { BUS_DAY_TYPE_LABELS, BUS_DIRECTION_LABELS, type BusDayType, type BusDirection, type BusFare, type BusStop, type BusTimetable } from '#types/models/bus-route';

type Form = Record<string, string>;

const lines = (text: string | undefined): string[] => (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
const cells = (line: string): string[] => line.split('|').map((c) => c.trim());
const byLabel = <K extends string>(labels: Record<K, string>, text: string): K | string => (Object.keys(labels) as K[]).find((k) => labels[k] === text) ?? text;
const num = (text: string | undefined): number => (text === undefined || text === '' ? NaN : Number(text));

export function busRouteContent(f: (name: string) => string): unknown {
  return {
    code: f('code'), name: f('name'), operator: f('operator'), hotline: f('hotline'), note: f('note'),
    flatFare: f('flatFare') === '' ? null : num(f('flatFare')),
    stops: lines(f('stops')).map((l) => { const [name = '', township = '', village = '', minutes] = cells(l); return { name, township, village: village || null, minutes: num(minutes) }; }),
    timetables: lines(f('timetables')).map((l) => {
      const [direction = '', dayType = '', times = ''] = cells(l);
      return { direction: byLabel(BUS_DIRECTION_LABELS, direction), dayType: byLabel(BUS_DAY_TYPE_LABELS, dayType), departures: times.split(/[\s、，,]+/).filter(Boolean) };
    }),
    fares: lines(f('fares')).map((l) => { const [from = '', to = '', yuan] = cells(l); return { from, to, yuan: num(yuan) }; }),
  };
}

export function busRouteForm(content: Record<string, unknown>, s: (x: unknown) => string): Form {
  const rows = <T,>(list: unknown, row: (item: T) => unknown[]): string => ((list as T[] | undefined) ?? []).map((item) => row(item).map(s).join('|')).join('\n');
  return {
    code: s(content.code), name: s(content.name), operator: s(content.operator), hotline: s(content.hotline), note: s(content.note), flatFare: s(content.flatFare),
    stops: rows<BusStop>(content.stops, (p) => [p.name, p.township, p.village, p.minutes]),
    timetables: rows<BusTimetable>(content.timetables, (t) => [BUS_DIRECTION_LABELS[t.direction as BusDirection], BUS_DAY_TYPE_LABELS[t.dayType as BusDayType], t.departures.join(' ')]),
    fares: rows<BusFare>(content.fares, (p) => [p.from, p.to, p.yuan]),
  };
}
