/**
 * npm run first-visit: what a reader's first visit costs, in bytes over the network, for
 * an English and an Urdu chapter: before the page's load event, and in the 12 seconds
 * after it (when a service worker could start downloading on its own). Serves dist/
 * gzipped, as static hosts do, in a fresh browser profile at phone size. Fails if the
 * 12 seconds after load transfer more than 100 KB. Needs a build and Chromium.
 *   node tools/first-visit.ts [dist] [page ...]
 */
import { chromium, type Request } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';
import { startPreview } from './preview.ts';

export const AFTER_LOAD_MS = 12_000;
export const AFTER_LOAD_LIMIT = 100 * 1024;

const [dist = 'dist', ...given] = process.argv.slice(2);
const pages = given.length > 0 ? given : ['/chapters/law/', '/ur/chapters/law/'];
const PORT = 4331;
const server = await startPreview(PORT, dist);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
});

const kb = (n: number) => (n / 1024).toFixed(1);
let failed = false;
try {
  console.log(`First visit, fresh profile, 360 × 740, served gzipped from ${dist}/`);
  console.log('page'.padEnd(24), 'before load KB', `${AFTER_LOAD_MS / 1000} s after load KB`, 'requests after load');
  for (const path of pages) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    let loaded = false;
    const before: Promise<number>[] = [];
    const after: Promise<number>[] = [];
    const afterUrls: string[] = [];
    // Every request that reaches the network, from the page or from a service worker;
    // answers a service worker gave from its own cache cost nothing and are left out.
    context.on('requestfinished', (request: Request) => {
      const size = (async () => {
        const response = await request.response();
        if (!response || response.fromServiceWorker()) return 0;
        const sizes = await request.sizes();
        return sizes.responseBodySize + sizes.responseHeadersSize;
      })();
      (loaded ? after : before).push(size);
      if (loaded) afterUrls.push(request.url());
    });
    await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: 'load' });
    loaded = true;
    await page.waitForTimeout(AFTER_LOAD_MS);
    const sum = async (xs: Promise<number>[]) => (await Promise.all(xs)).reduce((a, b) => a + b, 0);
    const [b, a] = [await sum(before), await sum(after)];
    console.log(path.padEnd(24), kb(b).padStart(14), kb(a).padStart(19), String(afterUrls.length).padStart(19));
    if (a > AFTER_LOAD_LIMIT) {
      failed = true;
      console.error(`${path}: ${kb(a)} KB in the ${AFTER_LOAD_MS / 1000} s after load, over the ${kb(AFTER_LOAD_LIMIT)} KB limit`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}
process.exit(failed ? 1 : 0);
