/**
 * npm run weigh: what each built page ships, gzip-compressed: HTML, CSS, JavaScript
 * (all islands hydrated, each module once) and preloaded fonts.
 *   node scripts/weigh.ts [dist] [base]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSize, moduleClosure, pageAssets } from '../src/lib/pageWeight.ts';

const dist = process.argv[2] ?? 'dist';
const base = (process.argv[3] ?? '/').replace(/\/?$/, '/');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const f = join(dir, n);
    if (statSync(f).isDirectory()) return n === 'pagefind' || n === '_astro' ? [] : htmlFiles(f);
    return n.endsWith('.html') ? [f] : [];
  });
}
const fileOf = (url: string) => join(dist, url.startsWith(base) ? url.slice(base.length) : url);
const read = (url: string) => readFileSync(fileOf(url), 'utf8');
const kb = (n: number) => (n / 1024).toFixed(1);

export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  fonts: number;
  modules: number;
}

export function weighSite(): PageWeight[] {
  return htmlFiles(dist)
    .sort()
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      const assets = pageAssets(html);
      const modules = moduleClosure(assets.scripts, read);
      return {
        page: '/' + relative(dist, file).replace(/index\.html$/, ''),
        html: gzipSize(html),
        css: assets.styles.reduce((s, u) => s + gzipSize(read(u)), 0),
        js: modules.reduce((s, u) => s + gzipSize(read(u)), 0),
        fonts: assets.fonts.reduce((s, u) => s + statSync(fileOf(u)).size, 0),
        modules: modules.length,
      };
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = weighSite();
  console.log('page'.padEnd(36), 'HTML gz'.padStart(8), 'CSS gz'.padStart(8), 'JS gz'.padStart(8), 'modules'.padStart(8), 'font'.padStart(8), '(KB)');
  for (const r of rows) {
    console.log(r.page.padEnd(36), kb(r.html).padStart(8), kb(r.css).padStart(8), kb(r.js).padStart(8), String(r.modules).padStart(8), kb(r.fonts).padStart(8));
  }
  const heaviest = rows.reduce((a, b) => (b.js > a.js ? b : a));
  console.log(`\n${rows.length} pages. Most JavaScript: ${heaviest.page} with ${kb(heaviest.js)} KB gzip; pages with none: ${rows.filter((r) => r.js === 0).length}.`);
}
