/**
 * Writes the service worker (src/browser/sw.js) into the built site, with the deploy's file
 * list in front of it: every page, script, style, font, data file and search-index file,
 * each with its revision (Workbox's getManifest hashes the files) and size on disk, and which of
 * them make up each edition. Nothing is downloaded until a reader asks (see sw.js).
 * The site's build integration (tools/site-integration.ts) runs it; by hand:
 *   node tools/build-sw.ts [dist] [base]
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { getManifest } from 'workbox-build';
import { editionOf } from '../src/lib/offlineEditions.ts';

/** Writes dist/sw.js for the site built in `dist` at `base`; returns the line it reports. */
export async function buildServiceWorker(dist: string, base: string): Promise<string> {
  const { manifestEntries = [], warnings } = await getManifest({
    globDirectory: dist,
    globPatterns: ['**/*.{html,js,css,woff2,svg,csv,webmanifest,json}', 'pagefind/**/*'],
    // The search page uses Pagefind's JavaScript API only; its bundled interfaces are never loaded.
    globIgnores: ['sw.js', '_headers', 'pagefind/pagefind-ui*', 'pagefind/pagefind-modular-ui*', 'pagefind/pagefind-component-ui*'],
    // Hashed Astro assets never change under the same name; everything else carries a revision.
    dontCacheBustURLsMatching: /^_astro\//,
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  });
  for (const w of warnings) console.warn(w);

  const files = manifestEntries
    .map((e) => [e.url, e.revision ?? null, statSync(`${dist}/${e.url}`).size] as [string, string | null, number])
    .sort((a, b) => a[0].localeCompare(b[0]));
  const editions: Record<string, { files: number[]; bytes: number }> = { en: { files: [], bytes: 0 }, ur: { files: [], bytes: 0 } };
  files.forEach(([path, , size], i) => {
    const edition = editionOf(path);
    for (const name of edition === 'shared' ? ['en', 'ur'] : [edition]) {
      editions[name].files.push(i);
      editions[name].bytes += size;
    }
  });
  const version = createHash('sha256')
    .update(files.map(([p, r]) => `${p} ${r ?? ''}`).join('\n'))
    .digest('hex')
    .slice(0, 12);
  const offline = { version, base, files, editions };
  const worker = readFileSync(new URL('../src/browser/sw.js', import.meta.url), 'utf8');
  writeFileSync(`${dist}/sw.js`, `self.OFFLINE = ${JSON.stringify(offline)};\n${worker}`);
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return `Service worker: version ${version}, ${files.length} files; saving the English edition takes ${mb(editions.en.bytes)} MB, the Urdu edition ${mb(editions.ur.bytes)} MB`;
}

if (import.meta.main) {
  const dist = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
  const base = (process.argv[3] ?? process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
  console.log(await buildServiceWorker(dist, base));
}
