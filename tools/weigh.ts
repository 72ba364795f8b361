/**
 * npm run weigh: what each built page ships, gzip-compressed: HTML, CSS, JavaScript (all
 * islands hydrated, each module once), preloaded fonts, and the first view (what loads
 * before the reader scrolls: HTML, CSS, scripts that run at once, preloaded fonts).
 *   node tools/weigh.ts [dist] [base]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSize, moduleClosure, pageAssets } from '../src/lib/pageWeight.ts';

export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  fonts: number;
  firstView: number;
  modules: number;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const f = join(dir, n);
    if (statSync(f).isDirectory()) return n === 'pagefind' || n === '_astro' ? [] : htmlFiles(f);
    return n.endsWith('.html') ? [f] : [];
  });
}

export function weighSite(dist = 'dist', base = '/'): PageWeight[] {
  const fileOf = (url: string) => join(dist, url.startsWith(base) ? url.slice(base.length) : url);
  const read = (url: string) => readFileSync(fileOf(url), 'utf8');
  const gz = new Map<string, number>();
  const gzOf = (url: string) => gz.get(url) ?? gz.set(url, gzipSize(read(url))).get(url)!;
  return htmlFiles(dist)
    .sort()
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      const assets = pageAssets(html);
      const modules = moduleClosure(assets.scripts, read);
      const eager = moduleClosure(assets.eagerScripts, read);
      const htmlGz = gzipSize(html);
      const inline = assets.inlineScripts ? gzipSize(assets.inlineScripts) : 0;
      const css = assets.styles.reduce((s, u) => s + gzOf(u), 0);
      const fonts = assets.fonts.reduce((s, u) => s + statSync(fileOf(u)).size, 0);
      return {
        page:
          '/' +
          relative(dist, file)
            .split('\\')
            .join('/')
            .replace(/index\.html$/, ''),
        html: htmlGz,
        css,
        js: inline + modules.reduce((s, u) => s + gzOf(u), 0),
        fonts,
        firstView: htmlGz + css + fonts + eager.reduce((s, u) => s + gzOf(u), 0),
        // (inline scripts are part of the HTML, already counted in it)
        modules: modules.length,
      };
    });
}

export const kb = (n: number) => (n / 1024).toFixed(1);

export function printTable(rows: PageWeight[]) {
  const cols = ['HTML gz', 'CSS gz', 'JS gz', 'font', 'first view'];
  console.log('page'.padEnd(40), ...cols.map((c) => c.padStart(10)), '   (KB)');
  for (const r of rows) console.log(r.page.padEnd(40), ...[r.html, r.css, r.js, r.fonts, r.firstView].map((v) => kb(v).padStart(10)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = weighSite(process.argv[2] ?? 'dist', (process.argv[3] ?? '/').replace(/\/?$/, '/'));
  printTable(rows);
  const heaviest = rows.reduce((a, b) => (b.js > a.js ? b : a));
  console.log(`\n${rows.length} pages. Most JavaScript: ${heaviest.page} with ${kb(heaviest.js)} KB gzip.`);
}
