import { expect, test } from '@playwright/test';

// After one visit, the whole explainer works with the network off: chapters in both
// languages, the search (Pagefind's code, wasm and index), fonts, graphics and data.
test('after one visit every chapter, both languages and search work offline', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await expect(page.locator('.offline-status')).toHaveText(/Available offline/, { timeout: 60_000 });
  await context.setOffline(true);

  for (const path of ['/chapters/law/', '/ur/chapters/backlash/', '/ur/', '/data/', '/glossary/']) {
    const response = await page.goto(path);
    expect(response?.ok(), path).toBe(true);
    await expect(page.locator('h1')).toHaveCount(1);
  }
  await page.goto('/chapters/online/');
  await expect(page.locator('.offline-status')).toContainText('You are offline');
  await expect(page.locator('[data-graphic="helpline"] .column-bars rect.bar').first()).toBeVisible();
  const csv = await page.evaluate(async () => (await fetch('/data/helpline.csv')).text());
  expect(csv).toContain('first-four-months');

  await page.goto('/search/?q=Kasur');
  await expect(page.locator('.search-results a').first()).toBeVisible();
  await page.goto('/ur/search/?q=زینب');
  await expect(page.locator('.search-results a').first()).toBeVisible();

  // The Urdu font comes from the saved copy too.
  await page.goto('/ur/chapters/origins/');
  const fontLoaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return document.fonts.check('16px "Noto Nastaliq Urdu"', 'زینب');
  });
  expect(fontLoaded).toBe(true);
  await context.setOffline(false);
});
