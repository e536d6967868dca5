// What still names a place: people's notice preferences, notices, projects and bus routes that are not withdrawn,
// posters made for its notice boards and the village liaisons who look after it.
// A name in use is never renamed or removed (what names it would silently stop matching).
import { areaOf, placeOfArea } from '#types/models/place';
import { POSTER_COLLECTION } from '#types/models/poster';
import { STAFF_COLLECTION, type StaffDoc } from '#types/models/staff';
import { NOTICE_COLLECTION, NOTICE_PREFS_COLLECTION } from '#types/models/notice';
import { PROJECT_COLLECTION } from '#types/models/project';
import { BUS_ROUTE_COLLECTION } from '#types/models/bus-route';
import { _, countOf, db, docsOf } from '../cloud';

export interface PlaceReferences {
  prefs: number;
  notices: number;
  projects: number;
  busRoutes: number;
  posters: number;
  liaisons: number;
}

/** References to a whole township (its villages included), or to one village of it. */
export async function placeReferences(township: string, village: string | null): Promise<PlaceReferences> {
  const live = { lifecycle: _.neq('withdrawn') };
  const covers = (area: string): boolean => (village ? area === areaOf(township, village) : placeOfArea(area).township === township);
  const [prefs, notices, projects, busRoutes, posters, staff] = await Promise.all([
    countOf(db.collection(NOTICE_PREFS_COLLECTION).where(village ? { areas: areaOf(township, village) } : { townships: township })),
    countOf(db.collection(NOTICE_COLLECTION).where(village ? { township, village, ...live } : { township, ...live })),
    village ? Promise.resolve(0) : countOf(db.collection(PROJECT_COLLECTION).where({ township, ...live })),
    countOf(db.collection(BUS_ROUTE_COLLECTION).where({ areas: areaOf(township, village), ...live })),
    countOf(db.collection(POSTER_COLLECTION).where(village ? { township, village } : { township })),
    // A bureau has tens of staff: read whole, as the team page does.
    docsOf<StaffDoc>(db.collection(STAFF_COLLECTION).orderBy('name', 'asc').limit(1000)),
  ]);
  const liaisons = staff.filter((s) => s.roles.includes('liaison') && (s.villages ?? []).some(covers)).length;
  return { prefs, notices, projects, busRoutes, posters, liaisons };
}

/** "3 位群众的通知设置、1 条通知" — or null when nothing names it. */
export function describeReferences(r: PlaceReferences): string | null {
  const parts = [r.prefs && `${r.prefs} 位群众的通知设置`, r.notices && `${r.notices} 条通知`, r.projects && `${r.projects} 个项目`, r.busRoutes && `${r.busRoutes} 条公交线路`, r.posters && `${r.posters} 张公开栏海报`, r.liaisons && `${r.liaisons} 位村级信息员`].filter(Boolean);
  return parts.length ? parts.join('、') : null;
}
