// A staff form's township and village choices, from the county's list: value -> label, for a picker.
import { activeTownships, type TownshipView } from '#types/api/places';
import { COUNTY_WIDE } from '#types/models/place';

export interface PlaceChoice {
  /** Which part of the place this field holds. */
  part: 'township' | 'village';
  /** What the form stores for the whole county: '' for a notice (no township), '全县' for a project. */
  countyValue: string;
}

/**
 * The townships (or the chosen township's villages) still in use, after the whole-county (whole-township)
 * choice; a value the form already holds that the list no longer offers stays, marked, so an old
 * item opens as it was saved.
 */
export function placeOptions(list: readonly TownshipView[], choice: PlaceChoice, form: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const offered = activeTownships(list);
  const current = form[choice.part] ?? '';
  const options: Record<string, string> =
    choice.part === 'township'
      ? { [choice.countyValue]: COUNTY_WIDE, ...Object.fromEntries(offered.map((t) => [t.name, t.name])) }
      : { '': form.township ? '全乡镇（不限村）' : '先选乡镇', ...Object.fromEntries((offered.find((t) => t.name === form.township)?.villages ?? []).map((v) => [v.name, v.name])) };
  if (current && !(current in options)) options[current] = `${current}（已撤并或不在名单中）`;
  return options;
}
