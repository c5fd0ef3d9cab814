// Serumpun's service worker: keeps the app shell available on the venue's bad Wi-Fi.
// Plain JavaScript on purpose (no bundler runs on it): the build (vite.config.ts, the
// `serviceWorkerPlugin`) copies it to dist/sw.js and fills in the two values below.
//
// - Navigations: the network first (a new deployment shows at once), the cached index.html when
//   the network fails or is too slow to answer, so a reload at the venue still opens the app.
// - Hashed build assets (/assets/*): the cache first; their names change whenever their bytes do.
// - The API and the realtime socket are never touched: their data is saved by the app itself,
//   per signed-in person (src/features/offline), and cleared at sign-out.

/** The build's files, precached at install. Filled in at build time. */
const PRECACHE = self.__SERUMPUN_PRECACHE__;
/** Changes with every build whose files change, so a deployment gets a fresh cache. */
const CACHE_NAME = `serumpun-shell-${self.__SERUMPUN_BUILD__}`;
const CACHE_PREFIX = 'serumpun-shell-';
// Every client route is answered with index.html: one cached copy serves them all.
const SHELL_URL = '/';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE_NAME);
      // `reload`: past the HTTP cache, so the shell is the one this worker was built with.
      await cache.addAll([SHELL_URL, ...PRECACHE].map((url) => new Request(url, { cache: 'reload' })));
      // Take over at once: pages load every chunk at start-up, so nothing an open page still
      // needs disappears with the old cache, and nobody stays stuck on the old app.
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

function isNeverCached(url) {
  return url.pathname === '/api' || url.pathname.startsWith('/api/') || url.pathname.startsWith('/socket.io/');
}

// A venue Wi-Fi that connects but carries nothing leaves a request hanging for minutes: after this
// long, open the cached shell (the request carries on and refreshes the cache if it ever answers).
const NAVIGATION_TIMEOUT_MS = 4000;

async function fromNetwork(request, cache) {
  const response = await fetch(request);
  // A server in trouble behind a proxy (502, 503, 504) is as good as offline for a reader.
  if (response.status >= 502 && response.status <= 504) throw new Error(`HTTP ${response.status}`);
  if (response.ok && (response.headers.get('content-type') ?? '').startsWith('text/html')) {
    await cache.put(SHELL_URL, response.clone());
  }
  return response;
}

/** The network's answer, or the cached shell when the network fails or takes too long. */
async function networkFirstShell(network, cache) {
  const cached = await cache.match(SHELL_URL);
  if (!cached) return network;
  let timer;
  const slow = new Promise((resolve) => {
    timer = setTimeout(() => resolve(cached), NAVIGATION_TIMEOUT_MS);
  });
  try {
    return await Promise.race([network, slow]);
  } catch {
    return cached;
  } finally {
    clearTimeout(timer);
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE_NAME);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || isNeverCached(url)) return;
  if (request.mode === 'navigate') {
    const cache = caches.open(CACHE_NAME);
    const network = cache.then((opened) => fromNetwork(request, opened));
    // Kept alive past a timed-out answer, so a late response still refreshes the cached shell.
    event.waitUntil(network.catch(() => undefined));
    event.respondWith(cache.then((opened) => networkFirstShell(network, opened)));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
  } else if (PRECACHE.includes(url.pathname)) {
    // Unhashed public files (the icon): fresh when possible, the precached copy offline.
    event.respondWith(fetch(request).catch(() => caches.match(url.pathname, { cacheName: CACHE_NAME }).then((cached) => cached ?? Response.error())));
  }
  // Anything else (sw.js itself) goes to the network as if there were no worker.
});
