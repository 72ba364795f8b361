import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { placedGraphics } from './graphics.ts';

// The reader's display choices: dark mode (the phone's setting, or the header's switch) and
// text only (the phone's Save-Data, or the header's switch). Both are applied before the
// first paint, kept in localStorage, and removed by "Remove everything".

/** Records <html data-theme> at the moment <body> is first parsed, before anything is painted. */
async function recordFirstPaintTheme(page: Page) {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as unknown as { firstTheme: string | null }).firstTheme = document.documentElement.getAttribute('data-theme');
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}
const firstTheme = (page: Page) => page.evaluate(() => (window as unknown as { firstTheme: string | null }).firstTheme);
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const DARK_BG = 'rgb(23, 22, 20)';
const LIGHT_BG = 'rgb(253, 252, 249)';

test('the dark switch works by keyboard, holds on the next page before its first paint, and Remove everything clears it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await recordFirstPaintTheme(page);
  await page.goto('/chapters/law/');
  expect(await background(page)).toBe(LIGHT_BG);
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const box = await toggle.boundingBox();
  expect(Math.min(box!.width, box!.height)).toBeGreaterThanOrEqual(24);
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).toBe(DARK_BG);
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');

  await page.goto('/ur/chapters/origins/');
  expect(await firstTheme(page), 'dark before the first paint').toBe('dark');
  expect(await background(page)).toBe(DARK_BG);
  await expect(page.getByRole('button', { name: 'گہری تھیم' })).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/help/');
  await page.locator('[data-remove-site-data] button').click();
  await expect(page.locator('[data-remove-site-data] [role="status"]')).toContainText('Nothing from this site is stored');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await page.goto('/chapters/law/');
  expect(await firstTheme(page)).toBeNull();
  expect(await background(page), 'back to the phone’s light setting').toBe(LIGHT_BG);
});

test('a phone set to dark is followed with nothing stored; choosing light is stored, and choosing dark again forgets it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  expect(await background(page)).toBe(DARK_BG);
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await toggle.press('Space');
  expect(await background(page)).toBe(LIGHT_BG);
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('light');
  await toggle.click();
  expect(await background(page)).toBe(DARK_BG);
  expect(await page.evaluate(() => localStorage.getItem('theme')), 'the phone’s own setting is not stored').toBeNull();
});

/** Every request the page makes, and the island code its charts would load. */
function watchRequests(page: Page) {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(new URL(r.url()).pathname));
  return {
    urls,
    fonts: () => urls.filter((u) => u.endsWith('.woff2')),
    islandCode: async () => {
      const wanted = await page
        .locator('astro-island')
        .evaluateAll((islands) =>
          islands.flatMap((i) => [i.getAttribute('component-url'), i.getAttribute('renderer-url')]).filter((u): u is string => Boolean(u)),
        );
      expect(wanted.length, 'the page has islands').toBeGreaterThan(0);
      return urls.filter((u) => wanted.some((w) => new URL(w, 'http://x').pathname === u));
    },
  };
}

/** Scrolls through the whole page, so every island that would hydrate on sight has been seen. */
async function scrollThrough(page: Page) {
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y < height; y += 600) await page.evaluate((top) => window.scrollTo(0, top), y);
  await page.waitForLoadState('networkidle');
}

const graphics = await placedGraphics();

test('the Text only switch loads no web font and no chart code, says so in Urdu, and shows every chart in its final state', async ({ page }) => {
  await page.goto('/ur/chapters/origins/');
  const toggle = page.getByRole('button', { name: 'صرف متن' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('[data-text-only-notice]')).toBeHidden();
  await Promise.all([page.waitForEvent('load'), toggle.click()]);
  expect(await page.evaluate(() => localStorage.getItem('text-only'))).toBe('on');

  for (const path of ['/ur/chapters/origins/', '/ur/chapters/law/', '/ur/chapters/patriarchy/']) {
    const requests = watchRequests(page);
    await page.goto(path);
    await scrollThrough(page);
    expect(requests.fonts(), `${path}: no web font`).toEqual([]);
    expect(await requests.islandCode(), `${path}: no island code`).toEqual([]);
    await expect(page.getByRole('button', { name: 'صرف متن' })).toHaveAttribute('aria-pressed', 'true');
    const notice = page.locator('[data-text-only-notice]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('آپ کے فون کے اپنے فونٹ');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main p')!).fontFamily)).not.toContain('Noto Nastaliq Urdu');
    // Each chart on the page keeps the final state it was drawn in on the server, with its data.
    for (const g of graphics.filter((x) => x.chapter === path.split('/')[3] && x.states > 0)) {
      const figure = page.locator(`[data-graphic="${g.id}"]`);
      await expect(figure.locator('.scrolly'), `${g.id}: final state`).toHaveAttribute('data-step', 'final');
      await expect(figure.locator('astro-island')).toHaveAttribute('ssr', '');
      expect(await figure.locator('table tbody tr, .timeline-events li').count()).toBeGreaterThan(0);
    }
  }
  await page.screenshot({ path: '/tmp/text-only-ur.png' });

  // Remove everything forgets it too.
  await page.goto('/ur/help/');
  await page.locator('[data-remove-site-data] button').click();
  await expect(page.locator('[data-remove-site-data] [role="status"]')).not.toBeEmpty();
  await page.goto('/ur/chapters/origins/');
  await expect(page.locator('[data-text-only-notice]')).toBeHidden();
  await expect(page.getByRole('button', { name: 'صرف متن' })).toHaveAttribute('aria-pressed', 'false');
});

test('Save-Data on the phone turns text only on, with a note that says why, and the reader can turn it off', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { configurable: true, value: { saveData: true } }));
  const requests = watchRequests(page);
  await page.goto('/chapters/patriarchy/');
  await scrollThrough(page);
  expect(await requests.islandCode()).toEqual([]);
  const notice = page.locator('[data-text-only-notice]');
  await expect(notice).toContainText('Your phone’s data saver turned this on');
  const toggle = page.getByRole('button', { name: 'Text only' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await Promise.all([page.waitForEvent('load'), toggle.click()]);
  expect(await page.evaluate(() => localStorage.getItem('text-only'))).toBe('off');
  await expect(notice).toBeHidden();
  const figure = page.locator('[data-graphic="child-abuse-reports"]');
  await figure.locator('.scrolly-graphic').scrollIntoViewIfNeeded();
  await expect(figure.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
});

// Colour contrast of every chart, in dark mode, at each state its steps move through: the
// drawn chart only (the sweep checks the rest of each page in dark mode, at one state).
for (const g of graphics.filter((x) => x.states > 0)) {
  for (const prefix of ['', '/ur']) {
    test(`${prefix}/chapters/${g.chapter}/: the ${g.id} graphic passes colour contrast in dark mode at every state`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      await page.goto(`${prefix}/chapters/${g.chapter}/`);
      const figure = page.locator(`[data-graphic="${g.id}"]`);
      await figure.locator('.scrolly-graphic').scrollIntoViewIfNeeded();
      await expect(figure.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
      // Puts axe in the page once; each state then runs only the contrast rule.
      await new AxeBuilder({ page }).setLegacyMode(true).withRules(['color-contrast']).include('.site-name').analyze();
      const steps = figure.locator('[data-scrolly-step]');
      for (let i = 0; i < g.states; i++) {
        await steps.nth(i).evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await expect(steps.nth(i)).toHaveAttribute('data-active', '');
        const failures = await page.evaluate(async (id) => {
          const axe = (
            window as unknown as {
              axe: { run: (c: object, o: object) => Promise<{ violations: { nodes: { target: string[]; failureSummary?: string }[] }[] }> };
            }
          ).axe;
          const result = await axe.run({ include: [[`[data-graphic="${id}"] .scrolly-sticky`]] }, { runOnly: ['color-contrast'], resultTypes: ['violations'] });
          return result.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`));
        }, g.id);
        expect(failures, `state ${i}`).toEqual([]);
      }
    });
  }
}
