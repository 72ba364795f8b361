import { expect, test, type BrowserContext, type Page, type Request } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { DIST } from './site.ts';

// Offline reading is the reader's choice: a first visit downloads only the page, the pages
// a reader opens are kept, "Save for offline reading" saves one edition, a new deploy
// replaces a saved copy cleanly, and one button removes everything.

/** Bytes that reached the network after the load event (page and service worker alike). */
function countAfterLoad(context: BrowserContext) {
  let loaded = false;
  const sizes: Promise<number>[] = [];
  context.on('requestfinished', (request: Request) => {
    if (!loaded) return;
    sizes.push(
      (async () => {
        const response = await request.response();
        if (!response || response.fromServiceWorker()) return 0;
        const s = await request.sizes();
        return s.responseBodySize + s.responseHeadersSize;
      })(),
    );
  });
  return { start: () => (loaded = true), total: async () => (await Promise.all(sizes)).reduce((a, b) => a + b, 0) };
}

async function workerReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect(page.locator('[data-save-edition]')).toBeVisible({ timeout: 20_000 });
}

async function saveEdition(page: Page, saved: RegExp) {
  await workerReady(page);
  const button = page.locator('[data-save-edition]');
  await expect(button).toHaveText(/\d+\.\d\D*MB/);
  await button.click();
  await expect(page.locator('.offline-status')).toHaveText(saved, { timeout: 60_000 });
}

// Both editions are measured side by side, each in a context of its own (its own service
// worker and cache), so the two 12-second waits overlap.
test('a first visit transfers at most 100 KB in the 12 seconds after load, in English and in Urdu', async ({ browser }) => {
  const { viewport, isMobile, hasTouch, deviceScaleFactor, baseURL } = test.info().project.use;
  const measure = async (path: string) => {
    const context = await browser.newContext({ viewport, isMobile, hasTouch, deviceScaleFactor, baseURL });
    const page = await context.newPage();
    const after = countAfterLoad(context);
    await page.goto(path, { waitUntil: 'load' });
    after.start();
    await page.waitForTimeout(12_000);
    // Nothing was saved in bulk: the cache holds this page and the files it used, no more.
    const kept = await page.evaluate(async () => {
      const name = (await caches.keys()).find((n) => n.startsWith('site-'));
      return name ? (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname) : [];
    });
    const bytes = await after.total();
    await context.close();
    return { path, bytes, pages: kept.filter((p) => p.endsWith('.html') || p.endsWith('/')) };
  };
  for (const { path, bytes, pages } of await Promise.all(['/chapters/law/', '/ur/chapters/law/'].map(measure))) {
    expect(bytes, `${path}: bytes after load`).toBeLessThanOrEqual(100 * 1024);
    expect(pages, `${path}: pages kept`).toEqual([`${path}index.html`]);
  }
});

test('a page the reader opened opens again offline; one never opened says it is not saved', async ({ page, context }) => {
  await page.goto('/chapters/class/');
  await workerReady(page);
  await expect
    .poll(async () =>
      page.evaluate(async () => Boolean(await caches.match(new Request('/chapters/class/index.html', { mode: 'no-cors' }), { ignoreSearch: true }))),
    )
    .toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).toHaveText(/Whose|class/i);
  const response = await page.goto('/chapters/online/');
  expect(response?.status()).toBe(503);
  await expect(page.locator('body')).toContainText('not saved on this device');
  await context.setOffline(false);
});

test.describe('with Save-Data on', () => {
  test.use({ extraHTTPHeaders: { 'Save-Data': 'on' } });
  test('nothing is saved in bulk until the reader presses the button', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
    await page.goto('/ur/');
    await workerReady(page);
    await page.waitForTimeout(1500);
    const pages = await page.evaluate(async () => {
      const name = (await caches.keys()).find((n) => n.startsWith('site-'));
      return name ? (await (await caches.open(name)).keys()).filter((r) => r.url.includes('.html')).length : 0;
    });
    expect(pages).toBe(1);
    await expect(page.locator('[data-save-edition]')).toContainText('MB');
  });
});

test('after saving the English edition, every chapter opens offline with its search, charts and data', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await saveEdition(page, /^Saved on this device/);
  await context.setOffline(true);
  const chapters = readdirChapters('en');
  for (const slug of chapters) {
    const response = await page.goto(`/chapters/${slug}/`);
    expect(response?.ok(), slug).toBe(true);
    await expect(page.locator('h1')).toHaveCount(1);
  }
  await page.goto('/chapters/online/');
  await expect(page.locator('[data-graphic="helpline"] .bar-rows rect.bar').first()).toBeVisible();
  expect(await page.evaluate(async () => (await fetch('/data/helpline.csv')).text())).toContain('first-four-months');
  await page.goto('/search/?q=Kasur');
  await expect(page.locator('.search-results a').first()).toBeVisible();
  await context.setOffline(false);
});

test('after saving the Urdu edition, every Urdu chapter opens offline in Nastaliq, with its search', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('/ur/');
  await saveEdition(page, /^اس آلے پر محفوظ/);
  await context.setOffline(true);
  for (const slug of readdirChapters('ur')) {
    const response = await page.goto(`/ur/chapters/${slug}/`);
    expect(response?.ok(), slug).toBe(true);
  }
  await page.goto('/ur/chapters/origins/');
  expect(
    await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('16px "Noto Nastaliq Urdu"', 'زینب');
    }),
  ).toBe(true);
  await page.goto('/ur/search/?q=زینب');
  await expect(page.locator('.search-results a').first()).toBeVisible();
  await context.setOffline(false);
});

test('one button on the help page removes everything the site stored, and says so', async ({ page }) => {
  await page.goto('/help/');
  await saveEdition(page, /^Saved on this device/);
  expect(await page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);
  await page.locator('[data-remove-site-data] button').click();
  await expect(page.locator('[data-remove-site-data] [role="status"]')).toContainText('Nothing from this site is stored');
  const left = await page.evaluate(async () => ({
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    local: localStorage.length,
  }));
  expect(left).toEqual({ caches: [], workers: 0, local: 0 });
  // Another page of the same tab does not sign the device up again.
  await page.goto('/privacy/');
  await page.waitForTimeout(1500);
  expect(await page.evaluate(async () => ({ caches: await caches.keys(), workers: (await navigator.serviceWorker.getRegistrations()).length }))).toEqual({
    caches: [],
    workers: 0,
  });
});

function readdirChapters(locale: string): string[] {
  return (
    JSON.parse(
      readFileSync(`${DIST}/sw.js`, 'utf8')
        .split('\n')[0]
        .replace(/^self\.OFFLINE = /, '')
        .replace(/;$/, ''),
    ) as { files: [string][] }
  ).files
    .map(([p]) => new RegExp(`^${locale === 'en' ? '' : `${locale}/`}chapters/([^/]+)/index\\.html$`).exec(p)?.[1])
    .filter((s): s is string => Boolean(s));
}

test.describe('a new deploy', () => {
  // Two builds served in turn from one address: the second differs in one chapter's text.
  let server: Server;
  let root = DIST;
  let next = '';
  const PORT = 4340;
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.woff2': 'font/woff2',
    '.svg': 'image/svg+xml',
    '.csv': 'text/csv',
    '.webmanifest': 'application/manifest+json',
  };
  test.beforeAll(() => {
    next = mkdtempSync(join(tmpdir(), 'deploy-'));
    cpSync(DIST, next, { recursive: true });
    const file = join(next, 'chapters/law/index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', ' (second deploy)</h1>'));
    const built = spawnSync(process.execPath, ['tools/build-sw.ts', next], { encoding: 'utf8' });
    if (built.status !== 0) throw new Error(built.stderr);
    server = createServer(async (req, res) => {
      let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path.endsWith('/')) path += 'index.html';
      try {
        const body = await readFile(join(root, path));
        res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    }).listen(PORT);
  });
  test.afterAll(() => {
    server.close();
    rmSync(next, { recursive: true, force: true });
  });

  test('replaces the saved copy cleanly: the open page keeps its deploy until the reader loads the new one, and the saved copy follows it', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    const origin = `http://127.0.0.1:${PORT}`;
    await page.goto(`${origin}/chapters/law/`);
    await saveEdition(page, /^Saved on this device/);
    root = next;
    await page.reload();
    await expect(page.locator('.offline-status')).toContainText('A new version', { timeout: 60_000 });
    // Until the reader asks, this page and a second one come from the first deploy.
    await expect(page.locator('h1')).not.toContainText('second deploy');
    const other = await context.newPage();
    await other.goto(`${origin}/chapters/law/`);
    await expect(other.locator('h1')).not.toContainText('second deploy');
    await other.close();
    await page.locator('.offline-status button').click();
    await expect(page.locator('h1')).toContainText('second deploy', { timeout: 30_000 });
    // The saved copy is now the second deploy's, complete, and the first is gone.
    await context.setOffline(true);
    await page.goto(`${origin}/chapters/backlash/`);
    await expect(page.locator('h1')).toHaveCount(1);
    await page.goto(`${origin}/chapters/law/`);
    await expect(page.locator('h1')).toContainText('second deploy');
    expect((await page.evaluate(() => caches.keys())).filter((n) => n.startsWith('site-'))).toHaveLength(1);
    await context.setOffline(false);
  });
});
