/**
 * npm run teaching-pack [dist] : prints every chapter and every classroom guide, in both
 * languages, to an A4 PDF in the built site (dist/pack/<slug>-chapter.pdf,
 * dist/ur/pack/<slug>-guide.pdf, …), then points the pack links in the built pages at the
 * PDFs, with their sizes (src/lib/teachingPack.ts explains why links are rewritten after
 * the build). Needs a build and Chromium; without Chromium it makes nothing, says why in
 * one line, and every pack link stays a working link to the page's print view.
 *
 * No server: Chromium reads the built files from disk (tools/disk-origin.ts), so this runs
 * straight after `astro build`. Two pages print at a time.
 *   BASE_PATH=/sub/ node tools/teaching-pack.ts dist-sub   for a build under a sub-path
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';
import { DISK_ORIGIN, serveFromDisk } from './disk-origin.ts';
import { locales } from '../src/i18n/locales.ts';
import { chapterSlug } from '../src/lib/chapters.ts';
import { kilobytes, packItems, patchPackLinks, type PackItem } from '../src/lib/teachingPack.ts';

const PARALLEL = 2;

export interface TeachingPack {
  /** Paths of the PDFs made, relative to outDir (pack/law-chapter.pdf, ur/pack/law-guide.pdf). */
  made: string[];
  /** Why nothing was made, in one line (no Chromium). */
  skipped?: string;
  /** PDFs that failed, each with its reason; their links stay on the print view. */
  failed?: string[];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? htmlFiles(p) : e.name.endsWith('.html') ? [p] : [];
  });
}

/** Runs `work` over `items`, `limit` at a time. */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: limit }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

export async function makeTeachingPack(outDir: string, base: string): Promise<TeachingPack> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    return {
      made: [],
      skipped: `Teaching pack: no PDFs made (no Chromium at ${executablePath}; set CHROMIUM_PATH), so the pack links open each page's print view.`,
    };
  }
  const basePath = base.replace(/\/?$/, '/');
  const slugs = readdirSync('content/chapters/en')
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map(chapterSlug);
  const items = packItems(slugs, locales).filter((item) => existsSync(join(outDir, item.page, 'index.html')));
  for (const item of items) rmSync(join(outDir, item.pdf), { force: true });

  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const made: string[] = [];
  const failed: string[] = [];
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 794, height: 1123 } });
    await serveFromDisk(context, outDir, basePath);
    await pool(items, PARALLEL, async (item: PackItem) => {
      const page = await context.newPage();
      try {
        await page.emulateMedia({ media: 'print' });
        await page.goto(`${DISK_ORIGIN}${basePath.replace(/\/$/, '')}${item.page}`, { waitUntil: 'networkidle', timeout: 60_000 });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const path = join(outDir, item.pdf);
        mkdirSync(dirname(path), { recursive: true });
        await page.pdf({
          path,
          format: 'A4',
          printBackground: true,
          tagged: true,
          outline: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate:
            '<div style="font: 8px sans-serif; color: #444; inline-size: 100%; text-align: center;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
        });
        made.push(item.pdf);
      } catch (e) {
        failed.push(`${item.pdf}: ${(e as Error).message.split('\n')[0]}`);
      } finally {
        await page.close();
      }
    });
  } finally {
    await browser.close();
  }

  // Point the pack links at the PDFs that exist, with their sizes.
  const sizes = new Map(made.map((pdf) => [pdf, statSync(join(outDir, pdf)).size]));
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pack-pdf=')) continue;
    const patched = patchPackLinks(html, sizes, basePath);
    if (patched.patched > 0) writeFileSync(file, patched.html);
  }
  made.sort();
  return failed.length > 0 ? { made, failed } : { made };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
  const started = performance.now();
  const pack = await makeTeachingPack(outDir, process.env.BASE_PATH || '/');
  if (pack.skipped) console.log(pack.skipped);
  for (const pdf of pack.made) console.log(pdf.padEnd(36), `${kilobytes(statSync(join(outDir, pdf)).size)} KB`.padStart(9));
  for (const f of pack.failed ?? []) console.error(`Not made: ${f}`);
  const total = pack.made.reduce((n, pdf) => n + statSync(join(outDir, pdf)).size, 0);
  if (!pack.skipped)
    console.log(`Teaching pack: ${pack.made.length} PDFs, ${kilobytes(total)} KB in all, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (pack.failed?.length) process.exitCode = 1;
}
