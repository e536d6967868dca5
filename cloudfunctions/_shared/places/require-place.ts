// A township (null: the whole county) and village someone chose must be on the county's list.
import { placeProblem } from '#types/api/places';
import { placeOfArea } from '#types/models/place';
import { invalidArgument } from '../app-error';
import { loadPlaces } from './load-places';

export async function requirePlace(township: string | null, village: string | null): Promise<void> {
  if (!township && !village) return;
  const problem = placeProblem(await loadPlaces('check'), township, village);
  if (problem) throw invalidArgument(problem);
}

/** Notice-preference areas ("乡镇" or "乡镇/村"): each on the list. */
export async function requireAreas(areas: readonly string[]): Promise<void> {
  if (!areas.length) return;
  const list = await loadPlaces('check');
  for (const area of areas) {
    const { township, village } = placeOfArea(area);
    const problem = placeProblem(list, township, village);
    if (problem) throw invalidArgument(problem);
  }
}
