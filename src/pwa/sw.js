// Service worker of the H5 build (copied as-is to dist/h5/sw.js; registered by src/lib/service-worker.ts):
// the app shell (index.html and the files it names) and every page's code once fetched stay on the
// phone, so a reload without network opens the app (with the feed saved on the device) instead of the
// browser's error page. Function calls (/api/) and stored files are never cached here.
// The build works at the site's root and under a path (the county portal's /portal/): every path here is
// taken relative to where this worker was registered.
const CACHE = 'app-shell-v1';
const SHELL = new URL(self.registration.scope).pathname;
const ASSET_FOLDERS = ['js/', 'css/', 'static/'].map((folder) => SHELL + folder);
const isAsset = (pathname) => ASSET_FOLDERS.some((folder) => pathname.startsWith(folder));

/** index.html from the network, kept with the scripts and styles it names. */
async function refreshShell(cache, response) {
  const html = await response.clone().text();
  const named = [...html.matchAll(/(?:src|href)="((?:\.?\/)?(?:js|css)\/[^"]+)"/g)].map((m) => new URL(m[1], self.registration.scope).pathname);
  const missing = [];
  for (const url of named) if (!(await cache.match(url))) missing.push(url);
  await cache.addAll(missing);
  await cache.put(SHELL, response);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then(async (cache) => refreshShell(cache, await fetch(SHELL, { cache: 'no-cache' })))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Network first: a new index.html names the new build's files; the saved one only when offline.
    event.respondWith(
      (async () => {
        const cache = await caches.open(CACHE);
        try {
          const response = await fetch(request);
          if (response.ok) event.waitUntil(refreshShell(cache, response.clone()).catch(() => undefined));
          return response;
        } catch (error) {
          const saved = await cache.match(SHELL);
          if (saved) return saved;
          throw error;
        }
      })(),
    );
    return;
  }
  if (isAsset(url.pathname)) {
    // Hashed names never change: the saved copy, else the network's, saved for next time.
    event.respondWith(
      (async () => {
        const cache = await caches.open(CACHE);
        const saved = await cache.match(request);
        if (saved) return saved;
        const response = await fetch(request);
        if (response.ok) event.waitUntil(cache.put(request, response.clone()));
        return response;
      })(),
    );
  }
});
