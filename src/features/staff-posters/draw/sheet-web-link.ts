// The web link a sheet prints: the deployment's (PORTAL_BASE_URL, set by the function), else, in a browser,
// the H5 site this page is served from; on weapp without a deployment address there is none to print.
import type { PosterSheet } from '#types/api/posters';
import { POSTER_PAGE } from '#types/models/poster';
import { webLink } from '#types/api/web-link';

export function sheetWebLink(sheet: PosterSheet): string | null {
  if (sheet.webLink) return sheet.webLink;
  // Taro's mini-program runtime has a stand-in `window` whose location is not a web address.
  if (process.env.TARO_ENV !== 'h5') return null;
  const here = typeof window === 'undefined' ? null : window.location;
  if (!here || !/^https?:$/.test(here.protocol)) return null;
  const base = `${here.origin}${here.pathname.replace(/\/index\.html$/, '')}`;
  return sheet.kind && sheet.refId ? webLink(base, { kind: sheet.kind, refId: sheet.refId }) : `${base.replace(/\/+$/, '')}/#/${POSTER_PAGE}?scene=${sheet.id}`;
}
