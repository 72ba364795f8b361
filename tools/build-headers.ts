/**
 * Writes dist/_headers (Netlify, Cloudflare Pages) and dist/nginx-headers.conf from the
 * built pages' own policies (src/lib/hostHeaders.ts).
 * The site's build integration (tools/site-integration.ts) runs it; by hand:
 *   node tools/build-headers.ts [dist] [base]
 */
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { headersFile, metaPolicy, nginxSnippet, type PagePolicy } from '../src/lib/hostHeaders.ts';

/** Writes the host header files for the site built in `dist` at `base`; returns the line it reports. */
export function buildHostHeaders(dist: string, base: string): string {
  const pages: PagePolicy[] = [];
  for (const file of globSync('**/*.html', { cwd: dist }).sort()) {
    const csp = metaPolicy(readFileSync(`${dist}/${file}`, 'utf8'));
    if (!csp) throw new Error(`${dist}/${file}: no Content-Security-Policy meta tag`);
    const path = file === 'index.html' ? base : file.endsWith('/index.html') ? `${base}${file.slice(0, -'index.html'.length)}` : `${base}${file}`;
    pages.push({ path, csp });
  }
  writeFileSync(`${dist}/_headers`, headersFile(pages, base));
  writeFileSync(`${dist}/nginx-headers.conf`, nginxSnippet(pages, base));
  return `Host headers: ${pages.length} pages, written to ${dist}/_headers and ${dist}/nginx-headers.conf`;
}

if (import.meta.main) {
  const dist = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
  const base = (process.argv[3] ?? process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
  console.log(buildHostHeaders(dist, base));
}
