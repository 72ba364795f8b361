import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chapterSlug } from '../../src/lib/chapters.ts';
import { kilobytes, packItems } from '../../src/lib/teachingPack.ts';
import { PACK_BASE, PACK_DIST } from './site.ts';
import { serveFromDisk } from '../../tools/disk-origin.ts';

// The teaching pack that `npm run build` prints (tools/teaching-pack.ts): every chapter and
// guide in both languages as an A4 PDF that holds the page's headings, listed with its size.
// npm test checks it on the build under a sub-path (playwright.pack.config.ts), the harder case.
const DIST = PACK_DIST;
const BASE = PACK_BASE.replace(/\/$/, '');

test.beforeEach(({ context }) => serveFromDisk(context, DIST, PACK_BASE));
const slugs = readdirSync('content/chapters/en')
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map(chapterSlug);
const items = packItems(slugs, ['en', 'ur']);

/** The h1 and h2 headings of a built page, as text. */
function pageHeadings(page: string): string[] {
  const html = readFileSync(`${DIST}${page}index.html`, 'utf8');
  return [...html.matchAll(/<h([12])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) =>
    m[2]
      .replace(/<[^>]+>/g, '')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .trim(),
  );
}

/** The text of each H1 and H2 element in a tagged PDF's structure tree, in order. */
async function pdfHeadings(file: string): Promise<{ headings: string[]; pages: number; size: number[] }> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const headings: string[] = [];
  let size: number[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    if (n === 1) size = page.view.slice(2).map(Math.round);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const text = new Map<string, string>();
    const open: (string | null)[] = [];
    for (const item of content.items as { type?: string; id?: string; str?: string }[]) {
      if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') open.push(item.id ?? null);
      else if (item.type === 'endMarkedContent') open.pop();
      else {
        const id = open.findLast((x) => x);
        if (id) text.set(id, (text.get(id) ?? '') + (item.str ?? ''));
      }
    }
    type Node = { role?: string; type?: string; id?: string; children?: Node[] };
    const collect = (node: Node): string => (node.type === 'content' ? (text.get(node.id!) ?? '') : (node.children ?? []).map(collect).join(''));
    const walk = (node: Node | null) => {
      if (!node) return;
      if (node.role === 'H1' || node.role === 'H2') headings.push(collect(node));
      else (node.children ?? []).forEach(walk);
    };
    walk((await page.getStructTree()) as Node);
  }
  return { headings, pages: doc.numPages, size };
}

const squash = (s: string) => s.replace(/\s+/g, '');
/**
 * Urdu letters by their written skeleton, as counts. A Nastaliq font draws letters that
 * differ only in dots (ب پ ت ٹ ث ن ی) or in form (ہ ھ, ی ے) with shared glyphs, and the PDF
 * maps a shared glyph back to any one of them, so letters are compared by skeleton.
 */
const SKELETON: [RegExp, string][] = [
  [/[آأإ]/g, 'ا'],
  [/[بپتٹثنںیےيىئۓ]/g, 'ب'],
  [/[جچحخ]/g, 'ح'],
  [/[دڈذ]/g, 'د'],
  [/[رڑزژ]/g, 'ر'],
  [/[سش]/g, 'س'],
  [/[صض]/g, 'ص'],
  [/[طظ]/g, 'ط'],
  [/[عغ]/g, 'ع'],
  [/[فق]/g, 'ف'],
  [/[کگك]/g, 'ک'],
  [/[وؤ]/g, 'و'],
  [/[ہھۃةهۂ]/g, 'ہ'],
];
function letters(s: string): Map<string, number> {
  let text = s.normalize('NFC').replace(/[^\p{L}\p{N}]|[\u064B-\u065F\u0670]/gu, '');
  for (const [re, to] of SKELETON) text = text.replace(re, to);
  const m = new Map<string, number>();
  for (const ch of text) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}
const within = (part: Map<string, number>, whole: Map<string, number>) => [...part].every(([ch, n]) => (whole.get(ch) ?? 0) >= n);

/**
 * How many page headings the PDF's heading pieces account for, when each piece, in order,
 * is assigned to one page heading it fits (pieces of one heading split by a page break share
 * it): the best such assignment. -1 when some piece fits no heading in order.
 */
function alignedHeadings(pieces: Map<string, number>[], headings: Map<string, number>[]): number {
  const NONE = -Infinity;
  // best[j]: most headings matched with the last piece assigned to heading j.
  let best = headings.map(() => NONE);
  let first = true;
  for (const piece of pieces) {
    const next = headings.map(() => NONE);
    let before = first ? 0 : NONE; // best over headings < j
    headings.forEach((heading, j) => {
      if (within(piece, heading)) next[j] = Math.max(first ? NONE : best[j], before + 1);
      if (!first) before = Math.max(before, best[j]);
    });
    best = next;
    first = false;
    if (best.every((b) => b === NONE)) return -1;
  }
  return Math.max(0, ...best);
}

for (const item of items) {
  test(`${item.pdf} exists, is A4 and holds the headings of ${item.page}`, async () => {
    const file = `${DIST}/${item.pdf}`;
    expect(existsSync(file), `${file} was made by the build`).toBe(true);
    const pdf = await pdfHeadings(file);
    expect(pdf.size, 'A4 in points').toEqual([596, 843]);
    const expected = pageHeadings(item.page);
    // A heading at the foot of a page can leave an empty piece there (its element spans
    // the break); only pieces with letters or digits count.
    const found = pdf.headings.filter((h) => /[\p{L}\p{N}]/u.test(h));
    if (item.locale === 'en') {
      expect(found.map(squash)).toEqual(expected.map(squash));
    } else {
      // Chromium cannot map every Nastaliq glyph back to its letters, so Urdu headings come
      // out of the PDF in fragments. In order, each fragment must be letters of one page
      // heading, and nearly every page heading must be found.
      const matched = alignedHeadings(found.map(letters), expected.map(letters));
      expect(matched, `every heading piece of ${item.pdf} is part of a heading of ${item.page}, in order`).toBeGreaterThanOrEqual(0);
      expect(matched / expected.length, `share of the headings of ${item.page} found in the PDF`).toBeGreaterThanOrEqual(0.8);
    }
  });
}

for (const prefix of ['', '/ur']) {
  test(`${prefix}/classroom/pack/ lists every PDF with its size in KB`, async ({ page }) => {
    await page.goto(`${BASE}${prefix}/classroom/pack/`);
    const links = page.locator('a.pack-link');
    await expect(links).toHaveCount(slugs.length * 2);
    for (const link of await links.all()) {
      const pdf = (await link.getAttribute('data-pack-pdf'))!;
      expect(await link.getAttribute('href')).toBe(`${BASE}/${pdf}`);
      expect(await link.innerText()).toContain(`${kilobytes(statSync(`${DIST}/${pdf}`).size)}`);
      expect(await link.innerText()).toContain('KB');
    }
  });
}

test('a classroom guide links to its chapter and guide PDFs', async ({ page }) => {
  await page.goto(`${BASE}/ur/classroom/law/`);
  const links = page.locator('.pack-links a.pack-link');
  await expect(links).toHaveCount(2);
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([`${BASE}/ur/pack/law-chapter.pdf`, `${BASE}/ur/pack/law-guide.pdf`]);
  const body = await page.evaluate((url) => fetch(url).then((r) => (r.ok ? r.text() : '')), `${BASE}/ur/pack/law-guide.pdf`);
  expect(body.slice(0, 5)).toBe('%PDF-');
});
