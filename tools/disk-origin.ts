/**
 * Serves a built site to a Playwright browser context straight from disk, on a made-up
 * origin that never resolves: no server, so it runs beside any other (astro preview allows
 * one per project). Any request for another origin is refused. Used by the teaching pack
 * (tools/teaching-pack.ts) and its tests (tests/pack/).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext } from '@playwright/test';

export const DISK_ORIGIN = 'http://built-site.invalid';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

/** The file in outDir for a URL path under base: /sub/ur/chapters/law/ -> outDir/ur/chapters/law/index.html. */
export function fileFor(outDir: string, base: string, pathname: string): string | null {
  const b = base.replace(/\/$/, '');
  if (!pathname.startsWith(`${b}/`)) return null;
  let rel = decodeURIComponent(pathname.slice(b.length));
  if (rel.endsWith('/')) rel += 'index.html';
  const file = normalize(join(outDir, rel));
  if (!file.startsWith(normalize(outDir))) return null;
  if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
  return file;
}

/** Routes every request of `context`: DISK_ORIGIN + base + path to outDir's file, anything else refused. */
export async function serveFromDisk(context: BrowserContext, outDir: string, base: string): Promise<void> {
  const basePath = base.replace(/\/?$/, '/');
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const file = url.origin === DISK_ORIGIN ? fileFor(outDir, basePath, url.pathname) : null;
    if (!file) return route.abort('blockedbyclient');
    if (!existsSync(file)) return route.fulfill({ status: 404, body: 'Not found' });
    return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
}
