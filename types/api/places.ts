// The county's township and village list: the public read, the admin's save, and the checks the
// browser and the functions both apply to a chosen place.
import * as v from 'valibot';
import { COUNTY_WIDE, TOWNSHIP_NAME_MAX, type Township, VILLAGE_NAME_MAX, VILLAGES_MAX } from '../models/place';
import { defineAction } from './action';
import { fieldCheck } from './field-check';
import { PLACE_FIELD_LABELS } from './field-labels';
import { line } from './text-rule';

export interface TownshipView extends Township {
  id: string;
}

const HAN = /^[\u4e00-\u9fa5]+$/;
const placeName = (max: number) =>
  v.pipe(line(max, 2), fieldCheck((name: string) => HAN.test(name), '只能填汉字'));

/** The first name that appears twice in a list, or null. */
export function firstRepeated(names: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) return name;
    seen.add(name);
  }
  return null;
}

export const townshipInput = v.pipe(
  v.strictObject({
    /** Chosen by the browser for a new township, so a retried save never adds it twice. */
    id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, '编号格式不正确')),
    name: v.pipe(placeName(TOWNSHIP_NAME_MAX), v.check((name) => name !== COUNTY_WIDE, `“${COUNTY_WIDE}”不是乡镇名称`)),
    order: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(999)), 0),
    retired: v.optional(v.boolean(), false),
    villages: v.pipe(v.array(v.strictObject({ name: placeName(VILLAGE_NAME_MAX), retired: v.optional(v.boolean(), false) })), v.maxLength(VILLAGES_MAX)),
  }),
  v.check((t) => firstRepeated(t.villages.map((x) => x.name)) === null, (issue) => `村名「${firstRepeated((issue.input as Township).villages.map((x) => x.name)) ?? ''}」重复了`),
);
export type TownshipInput = v.InferOutput<typeof townshipInput>;

/** Why a township (null: the whole county) and village are not a choice on the list; null when they are. */
export function placeProblem(list: readonly Township[], township: string | null, village: string | null): string | null {
  if (!township) return village ? '选了村，请同时选乡镇' : null;
  const town = list.find((t) => t.name === township);
  if (!town) return `「${township}」不在本县的乡镇名单里，请从名单中选择`;
  if (village && !town.villages.some((x) => x.name === village)) return `「${township}」没有「${village}」，请从名单中选择`;
  return null;
}

/** What a picker offers: townships and villages still in use, in the list's order. */
export const activeTownships = <T extends Township>(list: readonly T[]): T[] =>
  list.filter((t) => !t.retired).map((t) => ({ ...t, villages: t.villages.filter((x) => !x.retired) }));

export const placesApi = {
  /** Anyone: every township with its villages (retired ones marked), in the list's order. */
  listPlaces: defineAction<{ townships: TownshipView[] }>()(v.strictObject({})),
};

export const placesAdminApi = {
  /** Admins: adds or changes one township and its villages. Idempotent; audited. */
  savePlace: defineAction<{ township: TownshipView }>()(townshipInput, PLACE_FIELD_LABELS),
};
