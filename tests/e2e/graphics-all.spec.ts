import { expect, test, type Page } from '@playwright/test';
import { placedGraphics } from './graphics.ts';

// Every scrollytelling graphic, in both languages: its state follows its steps, it has
// its marks and table without JavaScript, and its table equals its CSV download. The
// graphics, their states and their chapters come from src/graphics/<id>/graphic.ts.
const marks: Record<string, string> = {
  'public-harassment': '.unit-grid circle',
  'child-abuse-reports': '.column rect.bar',
  timeline: '[data-event]',
};
const graphics = (await placedGraphics())
  .filter((g) => g.states > 0)
  .map((g) => ({ id: g.id, chapter: g.chapter, states: g.states, marks: marks[g.id] ?? '.bar-row rect.bar' }));

const stateOf = (page: Page, id: string) => page.locator(`[data-graphic="${id}"] .scrolly`).getAttribute('data-step');

for (const g of graphics) {
  for (const prefix of ['', '/ur']) {
    test(`${prefix}/chapters/${g.chapter}/: the ${g.id} graphic follows its ${g.states} steps`, async ({ page }) => {
      await page.goto(`${prefix}/chapters/${g.chapter}/`);
      const figure = page.locator(`[data-graphic="${g.id}"]`);
      await figure.locator('.scrolly-graphic').scrollIntoViewIfNeeded();
      await expect(figure.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
      const steps = figure.locator('[data-scrolly-step]');
      await expect(steps).toHaveCount(g.states);
      // A graphic too tall to stick beside its steps shows its final state throughout.
      const flat = await figure.locator('.scrolly').evaluate((el) => el.classList.contains('scrolly-flat'));
      for (const i of [0, g.states - 1]) {
        await steps.nth(i).evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await expect.poll(() => stateOf(page, g.id)).toBe(flat ? 'final' : String(i));
        await expect(steps.nth(i)).toHaveAttribute('data-active', '');
      }
    });
  }
  test(`without JavaScript the ${g.id} graphic has its marks and its data`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`/ur/chapters/${g.chapter}/`);
    const figure = page.locator(`[data-graphic="${g.id}"]`);
    expect(await figure.locator(g.marks).count()).toBeGreaterThan(2);
    expect(await figure.locator('table tbody tr, .timeline-events li').count()).toBeGreaterThan(0);
    await expect(figure.locator('.scrolly')).toHaveAttribute('data-step', 'final');
    await context.close();
  });
}

test('Urdu charts mirror their axis: the first category is on the right', async ({ page }) => {
  await page.goto('/ur/chapters/patriarchy/');
  const xs = await page.locator('[data-graphic="child-abuse-reports"] .column rect.bar').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('x'))));
  expect(xs[0]).toBeGreaterThan(xs[xs.length - 1]);
  await page.goto('/chapters/patriarchy/');
  const en = await page.locator('[data-graphic="child-abuse-reports"] .column rect.bar').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('x'))));
  expect(en[0]).toBeLessThan(en[en.length - 1]);
});

test('a graphic too tall for the screen sits above its steps instead of covering them', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 480 });
  await page.goto('/ur/chapters/law/');
  const scrolly = page.locator('[data-graphic="law-edges"] .scrolly');
  await scrolly.scrollIntoViewIfNeeded();
  await expect(scrolly).toHaveClass(/scrolly-flat/);
  await page.setViewportSize({ width: 360, height: 1400 });
  await expect(scrolly).not.toHaveClass(/scrolly-flat/);
});

test('charts keep their size when they hydrate: no layout shift', async ({ page }) => {
  await page.goto('/chapters/online/');
  const figure = page.locator('[data-graphic="helpline"] .scrolly-graphic');
  const before = await figure.boundingBox();
  await figure.scrollIntoViewIfNeeded();
  await expect(page.locator('[data-graphic="helpline"] astro-island')).not.toHaveAttribute('ssr', /.*/);
  const after = await figure.boundingBox();
  expect(after!.height).toBe(before!.height);
});

// Chart text a reader can read on a 360 px phone: 12 px or more in English, 13 px or more
// in Urdu (Nastaliq needs the extra size), and none of it cut off at the screen's edge.
for (const prefix of ['', '/ur']) {
  test(`${prefix || '/'}: every chart's labels are readable at 360 px and none is clipped`, async ({ page }) => {
    const min = prefix ? 13 : 12;
    let checked = 0;
    for (const chapter of new Set([...graphics.map((g) => g.chapter), 'online'])) {
      await page.goto(`${prefix}/chapters/${chapter}/`);
      for (const figure of await page.locator('[data-graphic]').all()) await figure.scrollIntoViewIfNeeded();
      const texts = await page.evaluate(() => {
        const out: { text: string; px: number; left: number; right: number }[] = [];
        for (const t of document.querySelectorAll('[data-graphic] .chart svg:not(.swatch) text')) {
          const svg = (t as SVGTextElement).ownerSVGElement!;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const box = t.getBoundingClientRect();
          if (t.textContent?.trim()) out.push({ text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale, left: box.left, right: box.right });
        }
        for (const el of document.querySelectorAll(
          '[data-graphic] .bar-rows .bar-label, [data-graphic] .bar-rows .bar-value, [data-graphic] .bar-rows .tick',
        )) {
          const box = el.getBoundingClientRect();
          if (el.textContent?.trim()) out.push({ text: el.textContent, px: parseFloat(getComputedStyle(el).fontSize), left: box.left, right: box.right });
        }
        return out;
      });
      checked += texts.length;
      for (const t of texts) {
        expect(t.px, `${chapter}: "${t.text}"`).toBeGreaterThanOrEqual(min);
        expect(t.left, `${chapter}: "${t.text}" runs off the left edge`).toBeGreaterThanOrEqual(0);
        expect(t.right, `${chapter}: "${t.text}" runs off the right edge`).toBeLessThanOrEqual(360);
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
}
