import { expect, test, type Page } from '@playwright/test';

const CHAPTER = '/chapters/origins/';
const graphic = (page: Page) => page.locator('[data-graphic="public-harassment"]');
const litUnits = (page: Page) => graphic(page).locator('.unit-grid circle.on');

async function hydrated(page: Page) {
  await graphic(page).locator('.unit-chart').scrollIntoViewIfNeeded();
  await expect(graphic(page).locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
}

test('the unit chart hydrates and changes state as its steps scroll into view', async ({ page }) => {
  await page.goto(CHAPTER);
  await hydrated(page);
  const steps = graphic(page).locator('[data-scrolly-step]');
  await expect(steps).toHaveCount(3);
  const chart = graphic(page).locator('.unit-chart');

  await steps.nth(0).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 1);
  await expect(chart).toHaveAttribute('data-state', '0');
  await expect(litUnits(page)).toHaveCount(0);

  await steps.nth(1).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(chart).toHaveAttribute('data-state', '1');
  await expect(litUnits(page)).toHaveCount(93);

  await steps.nth(2).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(chart).toHaveAttribute('data-state', '2');
  await expect(steps.nth(2)).toHaveAttribute('data-active', '');
});

test('the next and previous buttons reach every state without scrolling by hand', async ({ page }) => {
  await page.goto(CHAPTER);
  await hydrated(page);
  const chart = graphic(page).locator('.unit-chart');
  await graphic(page)
    .locator('[data-scrolly-step]')
    .first()
    .evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(chart).toHaveAttribute('data-state', '0');
  const next = graphic(page).getByRole('button', { name: 'Next step' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(chart).toHaveAttribute('data-state', '1');
  await page.keyboard.press('Enter');
  await expect(chart).toHaveAttribute('data-state', '2');
  await expect(next).toBeDisabled();
});

test('with JavaScript off the chart shows its final state and its data table', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  await expect(litUnits(page)).toHaveCount(93);
  await expect(graphic(page).locator('.unit-grid circle')).toHaveCount(100);
  await expect(graphic(page).locator('table td[data-value="93"]')).toHaveCount(1);
  await context.close();
});

test('with reduced motion the marks change without a transition', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(CHAPTER);
  await hydrated(page);
  const duration = await graphic(page)
    .locator('.unit-grid circle')
    .first()
    .evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(duration).toBe('0s');
});

test('on the Urdu page the grid fills from the right', async ({ page }) => {
  await page.goto(`/ur${CHAPTER}`);
  const first = graphic(page).locator('.unit-grid circle').first();
  const last = graphic(page).locator('.unit-grid circle').nth(9);
  const x = async (l: typeof first) => Number(await l.getAttribute('cx'));
  expect(await x(first)).toBeGreaterThan(await x(last));
});

test('the table holds exactly the rows of the CSV download', async ({ page, request }) => {
  await page.goto(CHAPTER);
  const csv = await (await request.get('/data/public-harassment.csv')).text();
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n');
  const rowIds = await graphic(page)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-id')));
  expect(lines.length - 1).toBe(rowIds.length);
  for (const id of rowIds) expect(csv).toContain(`${id},`);
});
