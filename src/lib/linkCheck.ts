/**
 * Every internal link and #anchor in a built site resolves. Pure: works on a map from
 * each page's URL path to its HTML, plus the set of other files the build holds.
 */
export interface LinkReport {
  pages: number;
  links: number;
  anchors: number;
  broken: string[];
}

const ATTR = /\b(?:href|src)="([^"]*)"/g;

function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
}

/** `pages`: URL path ("/ur/chapters/law/") -> HTML. `files`: every other URL path served. */
export function checkLinks(pages: Map<string, string>, files: Set<string>, base = '/'): LinkReport {
  const idsOf = new Map([...pages].map(([path, html]) => [path, ids(html)]));
  const report: LinkReport = { pages: pages.size, links: 0, anchors: 0, broken: [] };
  for (const [path, html] of pages) {
    for (const [, raw] of html.matchAll(ATTR)) {
      if (!raw || /^(https?:|mailto:|tel:|data:|about:|javascript:)/.test(raw)) continue;
      const url = new URL(raw.replace(/&amp;/g, '&'), `http://site${path}`);
      const target = decodeURIComponent(url.pathname);
      report.links++;
      if (!target.startsWith(base)) {
        report.broken.push(`${path} -> ${target} (outside ${base})`);
        continue;
      }
      const isPage = pages.has(target);
      if (!isPage && !files.has(target)) {
        report.broken.push(`${path} -> ${target}`);
        continue;
      }
      if (url.hash) {
        report.anchors++;
        const id = decodeURIComponent(url.hash.slice(1));
        if (!isPage || !idsOf.get(target)!.has(id)) report.broken.push(`${path} -> ${target}#${id} (no such anchor)`);
      }
    }
  }
  return report;
}
