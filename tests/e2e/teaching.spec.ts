import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ') + '\n';
  }
  // Ligatures come out as separate items ("di ff er"): join them back.
  const joined = text.replace(/\s+/g, ' ').replace(/(\w) ?(ffi|ffl|ff|fi|fl) (?=\w)/g, '$1$2');
  return { text: joined, pages: doc.numPages };
}

/** A chapter's section headings, as written in its MDX. */
function headingsOf(file: string): string[] {
  return [...readFileSync(`content/chapters/en/${file}.mdx`, 'utf8').matchAll(/^## (.+)$/gm)].map((m) => m[1].trim());
}

for (const format of ['A4', 'Letter'] as const) {
  test(`a chapter prints as a clean ${format} handout with headings, chart labels and source addresses`, async ({ page }) => {
    await page.goto('/chapters/origins/');
    await page.emulateMedia({ media: 'print' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const { text, pages } = await pdfText(await page.pdf({ format, printBackground: false }));
    expect(pages).toBeGreaterThan(1);
    for (const heading of [...headingsOf('01-origins'), 'Sources']) expect(text).toContain(heading);
    expect(text).toContain('said to have faced sexual violence in public places');
    expect(text).toContain('https://tribune.com.pk/story/1348833');
    expect(text).not.toContain('Exit this page');
    expect(text).not.toContain('Print or save as PDF');
  });
}

test('the citation copy buttons put the exact citation on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/chapters/origins/');
  for (const style of ['APA', 'BibTeX']) {
    await page.getByRole('button', { name: `Copy ${style}` }).click();
    await expect(page.locator('.copy-status')).toHaveText('Copied to the clipboard');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const shown = await page.locator(`#citation-${style.toLowerCase()}`).textContent();
    expect(copied).toBe(shown);
  }
});

test('a section link copies the address of its section', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/chapters/origins/');
  const link = page.locator('.section-link').first();
  await link.click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const first = await page.locator('.prose h2[id]').first().getAttribute('id');
  expect(copied).toBe(`http://127.0.0.1:${process.env.E2E_PORT}/chapters/origins/#${first}`);
  await expect(page).toHaveURL(new RegExp(`#${first}$`));
});

test('every CSV download equals the rows its graphic draws', async ({ page, request }) => {
  for (const chapter of ['origins', 'patriarchy', 'law', 'online']) {
    await page.goto(`/chapters/${chapter}/`);
    for (const table of await page.locator('table[data-graphic-table]').all()) {
      const id = await table.getAttribute('data-graphic-table');
      const csv = readFileSync(`dist/data/${id}.csv`, 'utf8').replace(/^\uFEFF/, '');
      const served = (await (await request.get(`/data/${id}.csv`)).text()).replace(/^\uFEFF/, '');
      expect(served).toBe(csv);
      const csvIds = csv
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0]);
      const tableIds = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-id')));
      expect(tableIds, id!).toEqual(csvIds);
    }
  }
});

test('every key term opens its definition in place and links to the glossary', async ({ page }) => {
  await page.goto('/chapters/patriarchy/');
  const term = page.locator('.key-term-button').first();
  await term.click();
  const popover = page.locator('.key-term-popover:popover-open');
  await expect(popover).toBeVisible();
  const href = await popover.locator('a').getAttribute('href');
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
  await page.goto(href!);
  const id = new URL(href!, 'http://x').hash.slice(1);
  await expect(page.locator(`#${id}`)).toBeVisible();
});
