import { expect, test } from '@playwright/test';

const ORIGIN = 'http://127.0.0.1:4322';
const BASE = '/metoo-pakistan/';

// Crawls the build made under a sub-path (npm run build:subpath) from its home page,
// following every link, script, stylesheet, font and image, and every #anchor.
test('a build under a sub-path has no broken internal links or anchors', async ({ page, request }) => {
  test.setTimeout(180_000);
  const queue = [`${ORIGIN}${BASE}`, `${ORIGIN}${BASE}ur/`];
  const seen = new Set<string>();
  const ids = new Map<string, Set<string>>();
  const anchors: { from: string; page: string; id: string }[] = [];
  const broken: string[] = [];

  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const response = await page.goto(url);
    if (!response?.ok()) {
      broken.push(`${url} (${response?.status()})`);
      continue;
    }
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      refs: [...document.querySelectorAll('a[href], link[href], script[src], img[src]')].map(
        (e) => (e as HTMLAnchorElement).href || (e as HTMLScriptElement).src,
      ),
    }));
    ids.set(url, new Set(found.ids));
    for (const ref of found.refs) {
      const target = new URL(ref);
      if (target.origin !== ORIGIN) continue;
      if (!target.pathname.startsWith(BASE)) {
        broken.push(`${url} -> ${target.pathname} (outside the sub-path)`);
        continue;
      }
      const pageUrl = `${target.origin}${target.pathname}`;
      if (target.hash) anchors.push({ from: url, page: pageUrl, id: decodeURIComponent(target.hash.slice(1)) });
      if (seen.has(pageUrl)) continue;
      if (/\.(js|css|woff2|svg|csv|png|json|webmanifest)$/.test(target.pathname)) {
        seen.add(pageUrl);
        const r = await request.get(pageUrl);
        if (!r.ok()) broken.push(`${url} -> ${pageUrl} (${r.status()})`);
      } else {
        queue.push(pageUrl);
      }
    }
  }
  for (const a of anchors) {
    if (!ids.get(a.page)?.has(a.id)) broken.push(`${a.from} -> ${a.page}#${a.id} (no such anchor)`);
  }
  expect(seen.size).toBeGreaterThan(10);
  expect(broken).toEqual([]);
});
