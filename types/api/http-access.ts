// Paths the HTTP access service (云接入) routes to a function, written once: `npm run deploy` creates them
// and the local cloud serves the same paths. The county portal's column lives under `/portal/`: the H5
// build itself (static files), the feeds its CMS pulls and the anonymous calls the H5 build makes there
// (cloudfunctions/public/portal, cloudfunctions/search). Routes match by longest prefix, as the service does.
export type AccessFunction = 'public' | 'search';

export const PORTAL_PREFIX = '/portal';

export const HTTP_ACCESS_ROUTES: Readonly<Record<string, AccessFunction>> = {
  [`${PORTAL_PREFIX}/feed.json`]: 'public',
  [`${PORTAL_PREFIX}/feed.rss`]: 'public',
  [`${PORTAL_PREFIX}/api/public`]: 'public',
  [`${PORTAL_PREFIX}/api/search`]: 'search',
};
