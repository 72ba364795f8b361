import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { expect, test, type Page } from '@playwright/test';
import { gluedWords, indexedWords, type GlossaryPair } from '../../src/lib/indexWords.ts';
import { DIST } from './site.ts';

/** The text of every page in the built index: each fragment is gzip of "pagefind_dcd" and JSON. */
function indexedPages(): { url: string; content: string }[] {
  const dir = `${DIST}/pagefind/fragment`;
  return readdirSync(dir).map((name) =>
    JSON.parse(
      gunzipSync(readFileSync(`${dir}/${name}`))
        .subarray('pagefind_dcd'.length)
        .toString('utf8'),
    ),
  );
}

async function search(page: Page, path: string, query: string): Promise<string[]> {
  await page.goto(path);
  await page.locator('input[type="search"]').fill(query);
  await page.locator('input[type="search"]').press('Enter');
  const status = page.locator('.search-status');
  await expect(status).not.toHaveText('');
  await expect(status).not.toHaveText(/Searching|تلاش جاری/);
  return page.locator('.search-results a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test('an English word finds the English chapter and no Urdu page', async ({ page }) => {
  const found = await search(page, '/search/', 'Kasur');
  expect(found).toContain('/chapters/origins/');
  expect(found.every((p) => !p.startsWith('/ur/'))).toBe(true);
});

test('an Urdu word finds the Urdu chapter', async ({ page }) => {
  const found = await search(page, '/ur/search/', 'قصور');
  expect(found).toContain('/ur/chapters/origins/');
  expect(found.every((p) => p.startsWith('/ur/'))).toBe(true);
});

test('an Urdu query typed with Arabic-keyboard letters finds the same Urdu page', async ({ page }) => {
  // "زينب" with Arabic yeh (U+064A), as an Arabic keyboard types "زینب".
  const found = await search(page, '/ur/search/', 'زينب');
  expect(found).toContain('/ur/chapters/origins/');
});

test('a query with no match says so in the reader’s language', async ({ page }) => {
  await search(page, '/ur/search/', 'qqqxyz');
  await expect(page.locator('.search-status')).toContainText('کوئی صفحہ نہیں ملا');
});

test('a search link with ?q= runs the search on arrival', async ({ page }) => {
  await page.goto('/search/?q=Kasur');
  await expect(page.locator('.search-results a').first()).toBeVisible();
});

test('the built index holds words as a reader sees them: no URLs, no term fused with its definition', () => {
  const glossary = parse(readFileSync('content/glossary.yaml', 'utf8')) as Record<'en' | 'ur', GlossaryPair>[];
  const pairs = glossary.flatMap((g) => [g.en, g.ur]);
  const pages = indexedPages();
  expect(pages.map((p) => p.url)).toEqual(expect.arrayContaining(['/glossary/', '/ur/glossary/', '/sources/', '/ur/chapters/law/']));
  const glued = pages.flatMap((p) => gluedWords(indexedWords(p.content), pairs).map((g) => `${p.url}: ${g.reason}: ${g.word}`));
  expect(glued).toEqual([]);
});

test('a result links to the matching section, shows its heading, and the page highlights the query there', async ({ page }) => {
  await search(page, '/search/', 'defamation');
  const result = page.locator('.search-results li', { has: page.locator('.result-section') }).first();
  const section = (await result.locator('.result-section').textContent())!.trim();
  const link = new URL((await result.locator('a').getAttribute('href'))!, 'http://x');
  expect(link.hash).not.toBe('');
  expect(link.searchParams.getAll('highlight')).toEqual(['defamation']);
  await result.locator('a').click();
  const heading = page.locator(`[id="${decodeURIComponent(link.hash.slice(1))}"]`);
  await expect(heading).toHaveText(section);
  const mark = page.locator('main mark.search-highlight').first();
  await expect(mark).toBeVisible();
  await expect(mark).toHaveText(/defamation/i);
  // The query words leave the address (and the history entry) once they are marked.
  await expect.poll(() => new URL(page.url()).search).toBe('');
  expect(new URL(page.url()).hash).toBe(link.hash);
});

test('a page opened without the highlight parameter loads no highlight script', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => scripts.push(r.url()));
  await page.goto('/chapters/law/');
  await expect(page.locator('main h1')).toBeVisible();
  expect(scripts.filter((u) => u.includes('pagefind'))).toEqual([]);
});

test('a query in Roman Urdu on the Urdu search finds the Urdu pages that use the word', async ({ page }) => {
  const found = await search(page, '/ur/search/', 'khawateen');
  expect(found.length).toBeGreaterThan(0);
  expect(found.every((p) => p.startsWith('/ur/'))).toBe(true);
  await expect(page.locator('.search-note')).toContainText('خواتین');
  await expect(page.locator('.search-results mark').first()).toHaveText(/خواتین|خاتون/);
});

test('an English query that finds nothing on the Urdu search offers the English edition and its results', async ({ page }) => {
  const found = await search(page, '/ur/search/', 'depression');
  expect(found).toEqual([]);
  const offer = page.locator('.search-other a[hreflang="en"]').first();
  await expect(offer).toHaveText('انگریزی ایڈیشن میں “depression” تلاش کریں');
  expect(await offer.getAttribute('href')).toBe('/search/?q=depression');
  const english = page.locator('.search-other ol[lang="en"] a');
  await expect(english.first()).toBeVisible();
  const paths = await english.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(paths.every((p) => !p.startsWith('/ur/'))).toBe(true);
});

test('an Urdu query on the English search offers the Urdu edition and its results', async ({ page }) => {
  const found = await search(page, '/search/', 'خواتین');
  expect(found).toEqual([]);
  await expect(page.locator('.search-other a[hreflang="ur"]')).toHaveText('Search the Urdu edition for “خواتین”');
  const urdu = page.locator('.search-other ol[lang="ur"] a');
  await expect(urdu.first()).toBeVisible();
  const paths = await urdu.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(paths.every((p) => p.startsWith('/ur/'))).toBe(true);
});
