// Periodize service worker: the app keeps working offline after the first visit.
// - Pages and other files with fixed names (index.html, embed.html, boot.js, manifest, icons):
//   network first, so a new release shows on the next online load; the cache when offline.
// - Files with a content hash in their name (wasm, js, css): cache first; they never change.
// - On activation, caches of older builds of this same folder are deleted, and every open tab
//   is told which build took over (boot.js shows "Update available — reload" in tabs of an
//   older build, so they do not keep working, and saving, on the old code).
// - The first visit is not downloaded twice: on install, the files the page itself loaded
//   (FIRST) are taken from the browser's HTTP cache (`cache: 'force-cache'`), not fetched again;
//   the rest (the import module, embed and widget files) is fetched only when the page says it
//   is idle (a 'periodize:precache' message from boot.js).
// scripts/post-build.mjs fills in the build id and the file lists below.
const BUILD = '__PERIODIZE_BUILD__';
const HASHED = __PERIODIZE_HASHED__;
const FIXED = __PERIODIZE_FIXED__;
const FIRST = __PERIODIZE_FIRST__;

const scope = new URL(self.registration.scope);
// Caches are shared by the whole origin: name ours by folder so two installs never collide.
const PREFIX = `periodize:${scope.pathname}:`;
const CACHE = PREFIX + BUILD;
const hashed = new Set(HASHED);
const fixed = new Set(FIXED);

const urlOf = (file) => new URL(file, scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await Promise.all(
        FIRST.map(async (file) => {
          // The page was opened at the folder's URL, so that is where its HTML is cached.
          const from = file === 'index.html' ? scope.href : urlOf(file);
          const response = await fetch(from, { cache: 'force-cache', credentials: 'same-origin' });
          if (!response.ok) throw new Error(`${file}: ${response.status}`);
          await cache.put(urlOf(file), response);
        }),
      );
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
      await self.clients.claim();
      const tabs = await self.clients.matchAll({ type: 'window' });
      for (const tab of tabs) tab.postMessage({ type: 'periodize-updated', build: BUILD });
    })(),
  );
});

/** Caches every file of this build not cached yet (the page is idle: it asked for this). */
async function precacheRest() {
  const cache = await caches.open(CACHE);
  // Pages and small fixed files first (the embed page works offline sooner), then the hashed
  // bundles, the large import module among them.
  for (const file of [...FIXED, ...HASHED]) {
    if (await cache.match(urlOf(file))) continue;
    const response = await fetch(urlOf(file), { credentials: 'same-origin' });
    if (response.ok) await cache.put(urlOf(file), response);
  }
}

self.addEventListener('message', (event) => {
  if (event.data === 'periodize:precache') event.waitUntil(precacheRest());
});

/** The file a request is for, relative to the scope ('' for the folder itself), or null. */
function fileOf(url) {
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return null;
  return decodeURIComponent(url.pathname.slice(scope.pathname.length));
}

async function cacheFirst(request, key) {
  const cached = await caches.match(key, { cacheName: CACHE });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(CACHE)).put(key, response.clone());
  return response;
}

async function networkFirst(key) {
  try {
    const response = await fetch(key, { cache: 'no-cache', credentials: 'same-origin' });
    if (response.ok) (await caches.open(CACHE)).put(key, response.clone());
    return response;
  } catch (offline) {
    const cached = await caches.match(key, { cacheName: CACHE });
    if (cached) return cached;
    throw offline;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  let file = fileOf(url);
  if (file === null) return;
  if (file === '') file = 'index.html';
  if (hashed.has(file)) {
    event.respondWith(cacheFirst(request, urlOf(file)));
  } else if (fixed.has(file)) {
    // The query string (embed.html?units=mi) is read by the page, not the server.
    event.respondWith(networkFirst(urlOf(file)));
  }
});
