import { expect, test } from '@playwright/test';
import { sitePages } from './site.ts';

const pages = sitePages();

test('quick exit is the first thing the keyboard reaches, on every kind of page', async ({ page }) => {
  for (const path of ['/', '/chapters/origins/', '/ur/help/']) {
    await page.goto(path);
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('data-quick-exit', '');
  }
});

test('quick exit by click leaves the page, and Back does not return to it', async ({ page }) => {
  await page.goto('/');
  await page.goto('/chapters/patriarchy/');
  await page.locator('[data-quick-exit]').click();
  await expect(page).toHaveURL('about:blank');
  await page.goBack();
  await expect(page).not.toHaveURL(/chapters\/patriarchy/);
});

test('quick exit by pressing Escape twice leaves the page, and Back does not return to it', async ({ page }) => {
  await page.goto('/ur/');
  await page.goto('/ur/chapters/origins/');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL('about:blank');
  await page.goBack();
  await expect(page).not.toHaveURL(/chapters\/origins/);
});

test('every page carries a Content-Security-Policy that allows only its own origin', async ({ request }) => {
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? '';
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).not.toMatch(/https?:\/\//);
  }
});

for (const path of pages) {
  test(`${path} asks nothing of any other origin and sets no cookie`, async ({ page, context }) => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['127.0.0.1:4321', ''].includes(url.host) && !url.protocol.startsWith('data') && !url.protocol.startsWith('about')) foreign.push(r.url());
    });
    await page.goto(path);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
}
