/*
 * The service worker: offline reading by choice, never by default.
 *
 * - It downloads nothing on its own. A page the reader opens is kept, with the files it
 *   used, so it opens again without a connection.
 * - "Save for offline reading" (a button in the footer) asks it to download one whole
 *   edition, English or Urdu, with its search index, fonts and data; it reports progress.
 * - Every file is stored under the deploy's version. A new deploy installs beside the old
 *   one: files that did not change are copied across, and a saved edition is completed for
 *   the new deploy before the new version takes over. The new version waits until no page
 *   of the old one is open (or until the reader asks for it), so no page mixes two deploys.
 * - The reader can remove everything from the help or privacy page (the page deletes the
 *   caches and unregisters this worker).
 *
 * The build prepends `self.OFFLINE = {...}` (tools/build-sw.ts): the deploy's version,
 * the base path, every file with its revision, and which files make up each edition.
 */
const { version, base, files, editions } = self.OFFLINE;
const CACHE = `site-${version}`;
const META = 'offline-meta';
const SAVED_KEY = `${base}__offline/saved`;
/** Set when the reader removes the site's data: from then on this worker stores nothing. */
let stopped = false;

/** The file path (relative to base) a request stands for, or undefined if it is not part of the site. */
const revisions = new Map(files.map(([path, revision]) => [path, revision]));
function pathOf(url) {
  if (url.origin !== self.location.origin || !url.pathname.startsWith(base)) return undefined;
  let path = decodeURIComponent(url.pathname.slice(base.length));
  if (path === '' || path.endsWith('/')) path += 'index.html';
  return revisions.has(path) ? path : undefined;
}
/** The cache key of a file at this deploy's revision: the revision is part of the key. */
function keyOf(path) {
  const revision = revisions.get(path);
  return `${base}${path}${revision ? `?__v=${revision}` : ''}`;
}

async function savedEditions() {
  const meta = await caches.open(META);
  const hit = await meta.match(SAVED_KEY);
  return hit ? await hit.json() : [];
}
async function setSavedEditions(list) {
  const meta = await caches.open(META);
  await meta.put(SAVED_KEY, new Response(JSON.stringify([...new Set(list)]), { headers: { 'Content-Type': 'application/json' } }));
}

/** Copies the files an older deploy stored that have not changed in this one, without the network. */
async function carryOver(cache) {
  for (const name of await caches.keys()) {
    if (!name.startsWith('site-') || name === CACHE) continue;
    const old = await caches.open(name);
    for (const request of await old.keys()) {
      const path = pathOf(new URL(request.url));
      if (path && request.url === new URL(keyOf(path), self.location.origin).href) {
        const response = await old.match(request);
        if (response) await cache.put(request, response);
      }
    }
  }
}

/** Downloads every file of an edition that this deploy's cache lacks, reporting progress. */
async function saveEdition(edition, report = () => {}) {
  const entry = editions[edition];
  if (!entry) throw new Error(`No edition "${edition}"`);
  const cache = await caches.open(CACHE);
  let done = 0;
  let bytes = 0;
  const total = entry.files.length;
  const queue = [...entry.files];
  const worker = async () => {
    while (queue.length > 0) {
      const index = queue.shift();
      const [path, , size] = files[index];
      const key = keyOf(path);
      if (!(await cache.match(key))) {
        const response = await fetch(`${base}${path}`, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${path}: ${response.status}`);
        await cache.put(key, response);
      }
      done += 1;
      bytes += size;
      report({ done, total, bytes, totalBytes: entry.bytes });
    }
  };
  // A few downloads at a time: quick on a good link, gentle on a slow one.
  await Promise.all([worker(), worker(), worker(), worker()]);
  await setSavedEditions([...(await savedEditions()), edition]);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await carryOver(cache);
      // The saved copy follows the new deploy: complete it before this version can take over.
      for (const edition of await savedEditions()) if (editions[edition]) await saveEdition(edition);
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      const first = !names.some((n) => n.startsWith('site-') && n !== CACHE);
      await Promise.all(names.filter((n) => n.startsWith('site-') && n !== CACHE).map((n) => caches.delete(n)));
      // On the very first visit, take charge of the open page so it is kept; after that,
      // never take over a page that was loaded from another deploy.
      if (first) await self.clients.claim();
    })(),
  );
});

function offlinePage(url) {
  const urdu = url.pathname.startsWith(`${base}ur/`);
  const html = urdu
    ? `<!doctype html><html lang="ur" dir="rtl"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>آف لائن</title><p>آپ آف لائن ہیں، اور یہ صفحہ اس آلے پر محفوظ نہیں۔</p><p><a href="${base}ur/">سرورق پر جائیں</a></p></html>`
    : `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline</title><p>You are offline, and this page is not saved on this device.</p><p><a href="${base}">Go to the home page</a></p></html>`;
  return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const path = pathOf(url);
  if (!path || stopped) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const key = keyOf(path);
      const hit = await cache.match(key);
      if (hit) return hit;
      try {
        const response = await fetch(request);
        // Keep what the reader opened (whole responses only: not a range or an error).
        if (response.ok && response.status === 200) await cache.put(key, response.clone());
        return response;
      } catch (error) {
        if (request.mode === 'navigate') return offlinePage(url);
        throw error;
      }
    })(),
  );
});

self.addEventListener('message', (event) => {
  const { data } = event;
  const port = event.ports[0];
  const reply = (message) => (port ?? event.source)?.postMessage(message);
  if (data?.type === 'SKIP_WAITING') self.skipWaiting();
  else if (data?.type === 'STOP') stopped = true;
  else if (data?.type === 'INFO') {
    event.waitUntil(
      savedEditions().then((saved) =>
        reply({ type: 'INFO', version, saved, bytes: Object.fromEntries(Object.entries(editions).map(([k, v]) => [k, v.bytes])) }),
      ),
    );
  } else if (data?.type === 'KEEP') {
    // The first page of a visit loaded before this worker ran: keep it and the files it used
    // (they come from the browser's own cache, so this costs no download).
    event.waitUntil(
      (async () => {
        const cache = await caches.open(CACHE);
        for (const href of data.urls ?? []) {
          const path = pathOf(new URL(href));
          if (!path || (await cache.match(keyOf(path)))) continue;
          try {
            const response = await fetch(`${base}${path}`, { cache: 'force-cache' });
            if (response.ok && response.status === 200) await cache.put(keyOf(path), response);
          } catch {
            // Offline again: nothing to keep.
          }
        }
      })(),
    );
  } else if (data?.type === 'SAVE') {
    event.waitUntil(
      saveEdition(data.edition, (progress) => reply({ type: 'PROGRESS', ...progress }))
        .then(() => reply({ type: 'SAVED', edition: data.edition }))
        .catch((error) => reply({ type: 'FAILED', message: String(error?.message ?? error) })),
    );
  }
});
