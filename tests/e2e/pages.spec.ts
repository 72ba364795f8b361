import { expect, test } from '@playwright/test';
import { expectNoHorizontalScroll, isUrdu, sitePages, watchConsole } from './site.ts';

const pages = sitePages();

test('the site has both editions', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/ur/');
  expect(pages.filter(isUrdu).length).toBeGreaterThan(3);
});

for (const path of pages) {
  test(`${path} loads cleanly at phone width with the right language and direction`, async ({ page }) => {
    const { errors } = watchConsole(page);
    const response = await page.goto(path);
    expect(response?.ok()).toBe(true);
    await page.waitForLoadState('networkidle');
    const html = page.locator('html');
    if (isUrdu(path)) {
      await expect(html).toHaveAttribute('lang', 'ur');
      await expect(html).toHaveAttribute('dir', 'rtl');
      // The navigation starts on the right: the site's name sits at the right edge.
      const name = (await page.locator('.site-name').boundingBox())!;
      expect(name.x + name.width).toBeGreaterThan(300);
    } else {
      await expect(html).toHaveAttribute('lang', 'en');
      await expect(html).toHaveAttribute('dir', 'ltr');
    }
    await expect(page.locator('h1')).toHaveCount(1);
    await expectNoHorizontalScroll(page);
    expect(errors).toEqual([]);
  });
}
