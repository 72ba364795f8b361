import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Helpline } from '../../src/lib/schemas.ts';

test('both editions of the help page give the same numbers, from the one registry', async ({ page }) => {
  const registry = parse(readFileSync('content/helplines.yaml', 'utf8')) as Helpline[];
  const numbers = async (path: string) => {
    await page.goto(path);
    return page
      .locator('.helpline')
      .evaluateAll((cards) => cards.map((c) => [(c as HTMLElement).dataset.helpline, c.querySelector('.helpline-number a')?.textContent?.trim()]));
  };
  const en = await numbers('/help/');
  const ur = await numbers('/ur/help/');
  expect(ur).toEqual(en);
  for (const [id, number] of en) expect(number, id).toBe(registry.find((h) => h.id === id)!.number);
  expect(en.length).toBeGreaterThanOrEqual(6);
});
