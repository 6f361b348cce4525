// The service worker (dist/sw.js): keeps the whole site, search index included, readable offline after one visit.
// The build (src/lib/precache.ts) puts `const PRECACHE = { version, urls }` before this code: the files of this build,
// relative to the base path. Plain JavaScript, copied as it is, so that it runs as a classic worker script in every browser.

// Each build has a cache of its own, named after the scope (two sites on one origin keep theirs) and the build's version.
const CACHE_PREFIX = `kamerdossier ${self.registration.scope} `;
const CACHE_NAME = CACHE_PREFIX + PRECACHE.version;
const NOT_FOUND_PAGE = new URL('404.html', self.registration.scope).href;

self.addEventListener('install', (event) => {
  // All or nothing: if one file fails, this version is not installed and the previous one stays in charge.
  // `reload` skips the browser's HTTP cache, so no file of the previous build slips into this build's cache.
  const requests = PRECACHE.urls.map((url) => new Request(new URL(url, self.registration.scope), { cache: 'reload' }));
  event.waitUntil(caches.open(CACHE_NAME).then((cache) => cache.addAll(requests)));
});

self.addEventListener('activate', (event) => {
  // No skipWaiting: a new version takes over only once no page runs on the old one, so a page never mixes two builds.
  // Then the old caches go as a whole; claim() lets the page of a first visit use the cache at once.
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

/**
 * The stored answer. A static host serves a file the same whatever the query string, so it is ignored: a page is found
 * without its query (`zoeken/?q=x` is `zoeken/`), and so is Pagefind's `pagefind-entry.json?ts=<time>`.
 */
async function respond(request) {
  const cache = await caches.open(CACHE_NAME);
  const navigation = request.mode === 'navigate';
  const stored = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
  if (stored) return stored;
  try {
    return await fetch(request);
  } catch (error) {
    // Offline and not stored: every page of the site is stored, so the address does not exist.
    const notFound = navigation ? await cache.match(NOT_FOUND_PAGE) : undefined;
    if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET' || !event.request.url.startsWith(self.registration.scope)) return;
  event.respondWith(respond(event.request));
});
