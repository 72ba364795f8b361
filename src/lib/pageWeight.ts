/**
 * What a built page makes the browser download: its HTML, the stylesheets it links, the
 * fonts it preloads, and every JavaScript module it can run (module scripts and the
 * islands' component and renderer modules, with their static imports, each counted
 * once). Pure: the caller supplies a file reader, so tests need no build.
 */
import { gzipSync } from 'node:zlib';

export interface PageAssets {
  /** Module scripts the page runs at once, and island modules (loaded when the island is visible). */
  scripts: string[];
  /** Only the module scripts that run at once (not islands). */
  eagerScripts: string[];
  styles: string[];
  fonts: string[];
  /** The text of inline scripts (Astro inlines small ones and the island bootstrap). */
  inlineScripts: string;
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];

/** URLs of the assets a page's HTML refers to. */
export function pageAssets(html: string): PageAssets {
  const scripts: string[] = [];
  const eagerScripts: string[] = [];
  const styles: string[] = [];
  const fonts: string[] = [];
  let inlineScripts = '';
  for (const [tag, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g).map((m) => [m[1], m[2]])) {
    const src = attr(tag, 'src');
    if (src) {
      scripts.push(src);
      eagerScripts.push(src);
    } else if (!/type="application\/(ld\+)?json"/.test(tag)) inlineScripts += body;
  }
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const url = attr(tag, name);
      if (url) scripts.push(url);
    }
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const href = attr(tag, 'href');
    if (!href) continue;
    if (/rel="stylesheet"/.test(tag)) styles.push(href);
    if (/rel="preload"/.test(tag) && /as="font"/.test(tag)) fonts.push(href);
  }
  return { scripts: [...new Set(scripts)], eagerScripts: [...new Set(eagerScripts)], styles, fonts, inlineScripts };
}

/** Relative module specifiers a JavaScript module imports statically. */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)) found.add(m[1]);
  return [...found];
}

/** Every module reachable from `entries` by static imports. `resolve` joins a specifier to its importer's URL. */
export function moduleClosure(entries: string[], read: (url: string) => string): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    for (const spec of staticImports(read(url))) queue.push(new URL(spec, `http://site${url}`).pathname);
  }
  return [...seen];
}

export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 9 }).length;
}
