// The service worker: after one visit the site works offline. boot.js registers it; it keeps
// every file the page needs in a cache named after the build, and serves them from there.
//   - pages (navigations, any ?query or #link): the network first, the cache when offline
//   - the app's files (versioned with ?v=<build>): the cache first, they never change
// A new build brings a new sw.js (BUILD and FILES below change), which fills a new cache and
// deletes the old one. tools/site/build_site.py writes BUILD and FILES.
'use strict';

const BUILD = 'dev';
const FILES = ['./', 'index.html'];
const CACHE = 'loopscope-' + BUILD;

const url = (file) => new URL(file, self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    for (const file of FILES) {
      // The page may have stored the large wasm already, as it downloaded it (loader.js).
      if (await cache.match(url(file))) continue;
      await cache.add(new Request(url(file), { cache: 'no-cache' }));
    }
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('loopscope-') && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  if (request.mode === 'navigate') {
    event.respondWith((async () => {
      try {
        return await fetch(request);
      } catch (e) {
        const cache = await caches.open(CACHE);
        const page = await cache.match(request, { ignoreSearch: true }) ||
          await cache.match(url('index.html'));
        if (page) return page;
        throw e;
      }
    })());
    return;
  }
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    return (await cache.match(request)) || fetch(request);
  })());
});
