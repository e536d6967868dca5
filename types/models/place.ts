// The county's townships and villages as reference data an admin edits: the one list every place
// choice is made from (notice areas, a notice's or a project's township and village; later village
// posters, broadcast scripts and bus routes). One document per township, holding its villages.
// People's choices and published items store the names, so a name in use is never renamed or
// removed: a place that is merged away is kept, marked retired (已撤并), and no longer offered.
export const PLACE_COLLECTION = 'places';

/** What a project or notice names when it concerns the whole county; never a township's name. */
export const COUNTY_WIDE = '全县';

export const TOWNSHIPS_MAX = 40;
export const VILLAGES_MAX = 80;
/** Township and village names fit a notice's area field (20 characters with both). */
export const TOWNSHIP_NAME_MAX = 10;
export const VILLAGE_NAME_MAX = 8;

export interface Village {
  name: string;
  /** 已撤并: kept so what names it still reads, but no longer offered for a new choice. */
  retired: boolean;
}

export interface Township {
  name: string;
  /** Lists sort by it, then by name. */
  order: number;
  retired: boolean;
  villages: Village[];
}

export interface TownshipDoc extends Township {
  _id: string;
  updatedAt: Date;
  updatedBy: string;
}

/** How a notice preference names a place: "乡镇" for a whole township, "乡镇/村" for one village. */
export const areaOf = (township: string, village: string | null): string => (village ? `${township}/${village}` : township);

/** An area string back into its parts. */
export function placeOfArea(area: string): { township: string; village: string | null } {
  const [township = '', village] = area.split('/');
  return { township, village: village ?? null };
}

/** How many places one person's notice preferences may name. */
export const NOTICE_AREAS_MAX = 10;
