import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { headerPolicy, metaPolicy } from '../../src/lib/hostHeaders.ts';
import { DIST, sitePages } from './site.ts';

const pages = sitePages();
const EXIT = 'https://www.google.com/';

/** The neutral page, answered locally (the tests never reach another site), optionally after a delay. */
async function neutralPage(page: Page, delayMs = 0) {
  await page.route(`${EXIT}**`, async (route) => {
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
    await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Google</title><p>neutral</p>' });
  });
}

test('one press blanks the page at once, before the browser has left it', async ({ page }) => {
  // The neutral page answers "204 No Content", so the browser stays on the chapter: what
  // the reader would see while the next page loads is what the chapter looks like now.
  await page.route(`${EXIT}**`, (route) => route.fulfill({ status: 204 }));
  await page.goto('/chapters/patriarchy/');
  await page.locator('[data-quick-exit]').click();
  await expect.poll(() => page.evaluate(() => ({ hidden: document.body.hidden, title: document.title }))).toEqual({ hidden: true, title: '' });
  await expect(page.locator('main')).toBeHidden();
});

test('the quick exit replaces the page in history with a neutral page, so Back does not return to it', async ({ page }) => {
  await neutralPage(page);
  await page.goto('/');
  await page.goto('/chapters/patriarchy/');
  await page.locator('[data-quick-exit]').click();
  await expect(page).toHaveURL(EXIT);
  await page.goBack();
  await expect(page).not.toHaveURL(/chapters\/patriarchy/);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the quick exit is a plain link to the same neutral page', async ({ page }) => {
    await page.goto('/ur/chapters/origins/');
    await expect(page.locator('[data-quick-exit]')).toHaveAttribute('href', EXIT);
    await expect(page.locator('[data-quick-exit]')).toBeVisible();
  });
});

test('the keyboard shortcut is Shift pressed three times on its own; Escape, two presses or typed capitals never leave', async ({ page }) => {
  await neutralPage(page);
  await page.goto('/ur/chapters/law/');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+A');
  await page.keyboard.press('Shift+B');
  await page.keyboard.press('Shift+C');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/ur\/chapters\/law\/$/);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page.locator('[data-quick-exit]')).toHaveAttribute('data-presses', '2');
  await expect(page.locator('[data-quick-exit-status]')).toContainText('1');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(EXIT);
});

for (const path of ['/chapters/law/', '/ur/chapters/backlash/']) {
  test(`${path}: at 360 px the quick exit is always in reach and never covers text`, async ({ page }) => {
    await page.goto(path);
    // At the top, the page keeps room for the bar: its first text starts below it.
    expect(
      await page.evaluate(
        () => document.querySelector('main')!.getBoundingClientRect().top >= document.querySelector('.top-bar')!.getBoundingClientRect().bottom,
      ),
    ).toBe(true);
    const height = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    for (let i = 0; i < 16; i++) {
      await page.evaluate((y) => window.scrollTo(0, y), Math.round((height * i) / 15));
      await page.waitForTimeout(50);
      const check = await page.evaluate(() => {
        const link = document.querySelector('[data-quick-exit]')!;
        const exit = link.getBoundingClientRect();
        const bar = document.querySelector('.top-bar')!;
        const box = bar.getBoundingClientRect();
        const inView = exit.top >= 0 && exit.bottom <= innerHeight && exit.left >= 0 && exit.right <= innerWidth;
        // The exit sits in the bar, the bar is opaque and stays in the page's flow (sticky,
        // not floating over it), and nothing is drawn over the button itself.
        const inBar = exit.top >= box.top && exit.bottom <= box.bottom;
        const style = getComputedStyle(bar);
        const opaque = !/rgba\(.*, 0\)|transparent/.test(style.backgroundColor) && style.position === 'sticky';
        const onTop = link.contains(document.elementFromPoint(exit.left + exit.width / 2, exit.top + exit.height / 2));
        return { inView, inBar, opaque, onTop };
      });
      expect(check, `scroll position ${i + 1} of 16`).toEqual({ inView: true, inBar: true, opaque: true, onTop: true });
    }
  });
}

test('the help page says what the exit does and what it leaves alone, in both languages', async ({ page }) => {
  await page.goto('/help/');
  await expect(page.locator('main')).toContainText('Shift key three times');
  await expect(page.locator('main')).toContainText(/it does not clear your browser[’']s history, and it does not close other tabs/);
  await page.goto('/ur/help/');
  await expect(page.locator('main')).toContainText('Shift کا بٹن تین بار');
  await expect(page.locator('main')).toContainText('دوسرے ٹیب بند نہیں کرتا');
});

test('installed, the app has a name that does not reveal the topic, while the page title stays truthful', async ({ page, request }) => {
  for (const [path, manifest, name] of [
    ['/', '/manifest.webmanifest', 'Reader'],
    ['/ur/', '/ur/manifest.webmanifest', 'مطالعہ'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', manifest);
    const json = await (await request.get(manifest)).json();
    expect([json.name, json.short_name]).toEqual([name, name]);
    expect(JSON.stringify(json)).not.toMatch(/metoo|می ٹو|harass|ہراس/i);
    expect(await page.title()).toMatch(/#MeToo|می ٹو/);
  }
});

test('the hosting headers carry the same policy as every page, and forbid framing', () => {
  const headers = readFileSync(`${DIST}/_headers`, 'utf8');
  const sent = /Content-Security-Policy: (.+)/.exec(headers)?.[1];
  for (const path of pages) {
    const html = readFileSync(`${DIST}${path}${path.endsWith('/') ? 'index.html' : ''}`, 'utf8');
    expect(sent, path).toBe(headerPolicy(metaPolicy(html)!));
  }
  expect(sent).toContain("frame-ancestors 'none'");
  for (const header of ['Referrer-Policy: no-referrer', 'X-Content-Type-Options: nosniff', 'Permissions-Policy: camera=(), microphone=(), geolocation=()']) {
    expect(headers).toContain(header);
  }
  expect(headers).toMatch(/\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
  expect(headers).toMatch(/\/sw\.js\n {2}Cache-Control: no-cache/);
  expect(headers).toMatch(/\/chapters\/law\/\n {2}Cache-Control: no-cache/);
});
