// Paths the HTTP access service (云接入) routes to a function, written once: `npm run deploy` creates them
// and the local cloud serves the same paths. `/portal` carries the county portal's feeds and the H5 build's
// anonymous calls (cloudfunctions/public/portal).
export const HTTP_ACCESS_ROUTES: Readonly<Record<string, 'public'>> = { '/portal': 'public' };
