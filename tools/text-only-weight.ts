/**
 * npm run text-only-weight: what an Urdu chapter transfers, read from top to bottom, in
 * the normal mode and in text-only mode (the header's switch, or Save-Data), split into
 * the page, its styles, its scripts, chart code, fonts and the rest. A fresh browser
 * profile at phone size per page and mode, the build served gzipped as static hosts do.
 * Fails if text-only mode fetches a web font or any chart code. Needs a build and Chromium.
 *   PORT=4416 node tools/text-only-weight.ts [dist] [page ...]
 */
import { chromium, type Request } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';
import { startPreview } from './preview.ts';

const [dist = 'dist', ...given] = process.argv.slice(2);
const pages = given.length > 0 ? given : ['/ur/chapters/origins/', '/ur/chapters/patriarchy/', '/ur/chapters/law/', '/ur/chapters/online/'];
const PORT = Number(process.env.PORT ?? 4332);
const server = await startPreview(PORT, dist);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
});

type Kind = 'html' | 'css' | 'js' | 'charts' | 'font' | 'other';
const KINDS: Kind[] = ['html', 'css', 'js', 'charts', 'font', 'other'];
interface Visit {
  /** Each response from the network: URL, resource type, bytes (headers and body as sent). */
  responses: [string, string, number][];
  /** The modules the page's islands would import to hydrate. */
  islandModules: string[];
}

async function visit(path: string, textOnly: boolean): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  if (textOnly) await context.addInitScript(() => localStorage.setItem('text-only', 'on'));
  const page = await context.newPage();
  const sizes: Promise<[string, string, number]>[] = [];
  context.on('requestfinished', (request: Request) => {
    sizes.push(
      (async () => {
        const response = await request.response();
        if (!response || response.fromServiceWorker()) return [request.url(), request.resourceType(), 0];
        const s = await request.sizes();
        return [request.url(), request.resourceType(), s.responseBodySize + s.responseHeadersSize];
      })(),
    );
  });
  await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: 'load' });
  // Read to the end: every chart that loads on sight has been seen.
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y <= height; y += 500) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(100);
  }
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const islandModules = await page.locator('astro-island').evaluateAll((islands) =>
    islands
      .flatMap((i) => [i.getAttribute('component-url'), i.getAttribute('renderer-url')])
      .filter((u): u is string => Boolean(u))
      .map((u) => new URL(u, location.href).href),
  );
  const responses = await Promise.all(sizes);
  await context.close();
  return { responses, islandModules };
}

/**
 * Bytes by kind, from each file's address (a service worker fetches some of them, so the
 * browser's resource type says little). Chart code is every script the normal visit fetched
 * that the text-only visit, which runs all the page's other scripts, did not: the islands and
 * what they import (Svelte, d3, scrollama).
 */
function split(v: Visit, pageScripts: Set<string>): Record<Kind, number> {
  const out = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  for (const [url, type, bytes] of v.responses) {
    const path = new URL(url).pathname;
    const kind: Kind =
      type === 'document' || path.endsWith('/') || path.endsWith('.html')
        ? 'html'
        : path.endsWith('.css')
          ? 'css'
          : path.endsWith('.woff2')
            ? 'font'
            : path.endsWith('.js') && !pageScripts.has(url)
              ? 'charts'
              : path.endsWith('.js')
                ? 'js'
                : 'other';
    out[kind] += bytes;
  }
  return out;
}

const kb = (n: number) => (n / 1024).toFixed(1);
let failed = false;
try {
  console.log(`An Urdu chapter read to the end, fresh profile, 360 × 740, served gzipped from ${dist}/ (KB over the network)`);
  console.log('page'.padEnd(26), 'mode'.padEnd(10), ...KINDS.map((k) => k.padStart(7)), 'total'.padStart(8));
  for (const path of pages) {
    const normal = await visit(path, false);
    const textOnly = await visit(path, true);
    const pageScripts = new Set(textOnly.responses.map(([url]) => url).filter((url) => url.endsWith('.js')));
    for (const [mode, v] of [
      ['normal', normal],
      ['text only', textOnly],
    ] as const) {
      const w = split(v, pageScripts);
      const total = KINDS.reduce((a, k) => a + w[k], 0);
      console.log(path.padEnd(26), mode.padEnd(10), ...KINDS.map((k) => kb(w[k]).padStart(7)), kb(total).padStart(8));
    }
    const islandCode = textOnly.responses.filter(([url]) => textOnly.islandModules.includes(url));
    const fonts = split(textOnly, pageScripts).font;
    if (fonts > 0 || islandCode.length > 0) {
      failed = true;
      console.error(`${path}: text-only mode fetched ${kb(fonts)} KB of fonts and ${islandCode.length} island modules`);
    }
  }
} finally {
  await browser.close();
  server.stop();
}
process.exit(failed ? 1 : 0);
