/** What the end-to-end tests know about the built site, read from dist/. */
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, type Page, type ConsoleMessage } from '@playwright/test';

export const DIST = 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** Every page of the built site as a URL path, e.g. "/", "/ur/chapters/origins/". */
export function sitePages(dist = DIST): string[] {
  if (!existsSync(dist)) throw new Error(`No ${dist}/ folder: run npm run build first`);
  return htmlFiles(dist)
    .map((f) => '/' + relative(dist, f).split('\\').join('/'))
    .map((p) => p.replace(/index\.html$/, ''))
    .sort();
}

export function isUrdu(path: string): boolean {
  return path === '/ur/' || path.startsWith('/ur/');
}

/** Collects console errors and failed requests so a test can assert there were none. */
export function watchConsole(page: Page): { errors: string[] } {
  const errors: string[] = [];
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return { errors };
}

export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'page is wider than the screen').toBeLessThanOrEqual(0);
}
