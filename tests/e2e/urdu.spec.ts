import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Helpline } from '../../src/lib/schemas.ts';
import { isUrdu, sitePages } from './site.ts';

const urduPages = sitePages().filter(isUrdu);

// A number typed in Urdu text that carries a dash, a slash or parentheses ("2017–18",
// "29(1)", "377-B") must read in its own order: its first character left of its last.
for (const path of urduPages) {
  test(`${path}: every number with a dash, slash or parentheses reads left to right`, async ({ page }) => {
    await page.goto(path);
    const reversed = await page.evaluate(() => {
      const token = /\d[\d.,]*(?:[-–/]\w[\w.,]*|\(\w+\))+/g;
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(token)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + 1);
          const first = range.getBoundingClientRect();
          range.setStart(node, m.index + m[0].length - 1);
          range.setEnd(node, m.index + m[0].length);
          const last = range.getBoundingClientRect();
          if (first.width === 0 || last.width === 0 || Math.abs(first.top - last.top) > 4) continue; // hidden, or split over lines
          if (first.left >= last.left) out.push(m[0]);
        }
      }
      return out;
    });
    expect(reversed).toEqual([]);
  });
}

test('both editions of the help page give the same numbers, from the one registry', async ({ page }) => {
  const registry = parse(readFileSync('content/helplines.yaml', 'utf8')) as Helpline[];
  const numbers = async (path: string) => {
    await page.goto(path);
    return page.locator('.helpline').evaluateAll((cards) =>
      cards.map((c) => [(c as HTMLElement).dataset.helpline, c.querySelector('.helpline-number a')?.textContent?.trim()]),
    );
  };
  const en = await numbers('/help/');
  const ur = await numbers('/ur/help/');
  expect(ur).toEqual(en);
  for (const [id, number] of en) expect(number, id).toBe(registry.find((h) => h.id === id)!.number);
  expect(en.length).toBeGreaterThanOrEqual(6);
});
