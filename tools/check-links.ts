/**
 * npm run check:links: every internal link and #anchor of the built site resolves.
 *   node tools/check-links.ts [dist] [base]     e.g. node tools/check-links.ts dist-subpath /metoo-pakistan/
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkLinks } from '../src/lib/linkCheck.ts';

const dist = process.argv[2] ?? 'dist';
const base = (process.argv[3] ?? '/').replace(/\/?$/, '/');
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}
const pages = new Map<string, string>();
const files = new Set<string>();
for (const file of walk(dist)) {
  const path = base + relative(dist, file).split('\\').join('/');
  if (path.endsWith('.html')) pages.set(path.replace(/index\.html$/, ''), readFileSync(file, 'utf8'));
  files.add(path);
}
const report = checkLinks(pages, files, base);
for (const b of report.broken) console.error(b);
console.log(`${report.pages} pages, ${report.links} internal links, ${report.anchors} of them to #anchors: ${report.broken.length} broken.`);
process.exit(report.broken.length ? 1 : 0);
