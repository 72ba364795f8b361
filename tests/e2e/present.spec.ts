import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DIST } from './site.ts';

// The present mode: each chapter as slides for a projector, in both languages. A teacher
// steps through by keyboard or clicker, sees where they are, leaves with Escape; the type
// is large; a chart is shown first without its finding; without JavaScript every slide
// can still be read in order; it prints one slide to a landscape page; it is saved offline.

const slugs = readdirSync('content/chapters/en')
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => f.replace(/\.mdx$/, '').replace(/^\d+-/, ''));
const PROJECTOR = { viewport: { width: 1280, height: 720 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 };
const counterText = (lang: string, n: number, total: number) => (lang === 'ur' ? `سلائیڈ ${n} از ${total}` : `Slide ${n} of ${total}`);

/** What the slide on screen shows: how many slides are visible, its body text's smallest size, and whether it fits its frame. */
async function currentSlide(page: Page) {
  return page.evaluate(() => {
    const visible = [...document.querySelectorAll<HTMLElement>('[data-slide]')].filter((s) => s.getClientRects().length > 0);
    const slide = visible[0];
    const frame = slide.getBoundingClientRect();
    const body = [...slide.querySelectorAll<HTMLElement>('.slide-text p, .slide-question, .slide-list li, .slide-lede, .slide-prompt, .slide-note-text')];
    let overflow = 0;
    for (const el of slide.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('.visually-hidden') || el.classList.contains('slide-number')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      overflow = Math.max(overflow, r.bottom - frame.bottom, frame.top - r.top, r.right - frame.right, frame.left - r.left);
    }
    return {
      visible: visible.length,
      id: slide.id,
      kind: slide.className,
      bodySizes: body.map((el) => parseFloat(getComputedStyle(el).fontSize)),
      overflow,
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

async function slideCount(path: string, page: Page): Promise<number> {
  await page.goto(path);
  await page.evaluate(() => document.fonts.ready);
  const total = await page.locator('[data-slide]').count();
  expect(total, 'slides').toBeGreaterThanOrEqual(8);
  await expect(page.locator('[data-deck]')).toHaveAttribute('data-total', String(total));
  return total;
}

for (const lang of ['en', 'ur']) {
  const prefix = lang === 'en' ? '' : '/ur';
  for (const slug of slugs) {
    const path = `${prefix}/chapters/${slug}/present/`;

    test.describe('at a projector’s size', () => {
      test.use(PROJECTOR);
      test(`${path} steps through every slide by keyboard at 1280 × 720, body text 28 px or more, each slide within its frame; Escape leaves`, async ({
        page,
      }) => {
        const total = await slideCount(path, page);
        const counter = page.locator('[data-deck-count]');
        const measured: number[] = [];
        for (let n = 1; n <= total; n++) {
          await expect(counter).toHaveText(counterText(lang, n, total));
          await expect(page).toHaveURL(n === 1 ? new RegExp(`${path}(#slide-1)?$`) : new RegExp(`#slide-${n}$`));
          const slide = await currentSlide(page);
          expect(slide.visible, `slide ${n}: one slide on screen`).toBe(1);
          expect(slide.id).toBe(`slide-${n}`);
          expect(slide.overflow, `slide ${n} (${slide.kind}) fits its 16:9 frame`).toBeLessThanOrEqual(1);
          for (const size of slide.bodySizes) expect(size, `slide ${n} (${slide.kind}): body text size`).toBeGreaterThanOrEqual(28);
          measured.push(...slide.bodySizes);
          // A clicker's Page Down on some slides, the arrow key on the rest.
          await page.keyboard.press(n % 2 ? 'ArrowRight' : 'PageDown');
        }
        // Past the last slide the deck stays on it.
        await expect(counter).toHaveText(counterText(lang, total, total));
        expect(measured.length, 'body text was measured').toBeGreaterThan(total / 2);
        await page.keyboard.press('PageUp');
        await expect(counter).toHaveText(counterText(lang, total - 1, total));
        await page.keyboard.press('Home');
        await expect(counter).toHaveText(counterText(lang, 1, total));
        await page.keyboard.press('Space');
        await expect(counter).toHaveText(counterText(lang, 2, total));
        await page.keyboard.press('ArrowLeft');
        await expect(counter).toHaveText(counterText(lang, 1, total));
        await page.keyboard.press('Escape');
        await expect(page).toHaveURL(new RegExp(`${prefix}/chapters/${slug}/$`));
        await expect(page.locator('h1')).toBeVisible();
      });
    });

    test(`${path} steps through every slide by keyboard and swipe at 360 × 740, with nothing wider than the screen`, async ({ page }) => {
      const total = await slideCount(path, page);
      const counter = page.locator('[data-deck-count]');
      for (let n = 1; n <= total; n++) {
        await expect(counter).toHaveText(counterText(lang, n, total));
        const slide = await currentSlide(page);
        expect(slide.visible, `slide ${n}: one slide on screen`).toBe(1);
        expect(slide.pageOverflow, `slide ${n}: no horizontal scroll`).toBeLessThanOrEqual(0);
        await page.keyboard.press('ArrowRight');
      }
      // A swipe towards the start of the line goes on, the other way goes back.
      const swipe = (dx: number) =>
        page.evaluate((dx) => {
          const stage = document.querySelector('[data-deck-stage]')!;
          const touch = (x: number) => new Touch({ identifier: 1, target: stage, clientX: x, clientY: 300 });
          stage.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(180)], changedTouches: [touch(180)], bubbles: true }));
          stage.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(180 + dx)], bubbles: true }));
        }, dx);
      const back = lang === 'ur' ? -150 : 150;
      await swipe(back);
      await expect(counter).toHaveText(counterText(lang, total - 1, total));
      await swipe(-back);
      await expect(counter).toHaveText(counterText(lang, total, total));
    });
  }
}

test('notice and wonder: a chart first shows under a neutral title with the prompt, and the next slide reveals its finding', async ({ page }) => {
  await page.goto('/chapters/origins/present/');
  const notice = page.locator('.slide-notice').first();
  const id = await notice.getAttribute('id');
  const n = Number(id!.replace('slide-', ''));
  await page.goto(`/chapters/origins/present/#slide-${n}`);
  await expect(notice).toBeVisible();
  await expect(notice.locator('.slide-title')).toHaveText('Sexual violence in public places (a quoted claim)');
  await expect(notice.locator('.slide-prompt')).toHaveText('What do you notice? What do you wonder?');
  const finding = 'A figure quoted in 2017: 93 in every 100 women face sexual violence in public places at some point in life';
  await expect(notice).not.toContainText(finding);
  await expect(notice.locator('.unit-grid circle.on')).toHaveCount(93);
  await page.keyboard.press('ArrowRight');
  const reveal = page.locator(`#slide-${n + 1}`);
  await expect(reveal).toBeVisible();
  await expect(notice).toBeHidden();
  await expect(reveal).toHaveClass(/slide-reveal/);
  await expect(reveal.locator('[data-finding]')).toHaveText(finding);
  await expect(reveal.locator('.graphic-caveat')).toBeVisible();
  // Then the chart step by step, from its first state.
  await page.keyboard.press('ArrowRight');
  const first = page.locator(`#slide-${n + 2}`);
  await expect(first.locator('.unit-grid circle.on')).toHaveCount(0);
  await expect(first.locator('.slide-text')).toContainText('Picture a hundred women');
});

test('notice and wonder in Urdu: the neutral title and the prompt are in Urdu, the finding only on the next slide', async ({ page }) => {
  await page.goto('/ur/chapters/online/present/');
  const notice = page.locator('.slide-notice').first();
  await expect(notice.locator('.slide-prompt')).toHaveText('آپ کو کیا نظر آتا ہے؟ آپ کے ذہن میں کیا سوال اٹھتا ہے؟');
  const reveal = page.locator('.slide-reveal').first();
  const finding = (await reveal.locator('[data-finding]').textContent())!.trim();
  expect(finding.length).toBeGreaterThan(20);
  await expect(notice).not.toContainText(finding);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of ['/chapters/law/present/', '/ur/chapters/law/present/']) {
    test(`${path} is every slide, one after another, each readable`, async ({ page }) => {
      await page.goto(path);
      const slides = page.locator('[data-slide]');
      const total = await slides.count();
      expect(total).toBeGreaterThanOrEqual(8);
      for (let i = 0; i < total; i++) {
        const slide = slides.nth(i);
        await expect(slide).toBeVisible();
        expect((await slide.innerText()).trim().length, `slide ${i + 1} has text`).toBeGreaterThan(10);
      }
      // In order, top to bottom, and nothing wider than the phone.
      const tops = await slides.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
      expect(tops).toEqual([...tops].sort((a, b) => a - b));
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await expect(page.locator('[data-deck-controls]')).toBeHidden();
      await expect(page.locator('.deck-leave-static a')).toBeVisible();
      await expect(page.locator('h1')).toHaveCount(1);
    });
  }
});

test('it prints one slide to a landscape page', async ({ page }) => {
  await page.goto('/chapters/origins/present/');
  const total = await page.locator('[data-slide]').count();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  expect(doc.numPages, 'one page per slide').toBe(total);
  const [, , width, height] = (await doc.getPage(1)).view;
  expect(width).toBeGreaterThan(height);
  const last = await (await doc.getPage(total)).getTextContent();
  const lastQuestion = readFileSync('content/guides/en/01-origins.mdx', 'utf8').match(/questions:\n(?:\s+- .+\n)*\s+- "(.+)"\n/)![1];
  expect(
    last.items
      .map((i) => ('str' in i ? i.str : ''))
      .join(' ')
      .replace(/\s+/g, ' '),
  ).toContain(lastQuestion.slice(0, 40));
});

test('the saved offline edition holds the present pages of its language', () => {
  const sw = readFileSync(`${DIST}/sw.js`, 'utf8');
  const offline = JSON.parse(sw.slice('self.OFFLINE = '.length, sw.indexOf(';\n'))) as { files: [string][]; editions: Record<string, { files: number[] }> };
  const index = (path: string) => offline.files.findIndex(([p]) => p === path);
  for (const slug of slugs) {
    expect(offline.editions.en.files).toContain(index(`chapters/${slug}/present/index.html`));
    expect(offline.editions.ur.files).toContain(index(`ur/chapters/${slug}/present/index.html`));
  }
});

test('a teacher reaches the projector in two clicks from the home page, and in three through the classroom guides', async ({ page }) => {
  await page.goto('/');
  await page.locator('.chapter-list a[href$="/chapters/law/"]').first().click();
  await page.getByRole('link', { name: 'Present in class' }).click();
  await expect(page).toHaveURL(/\/chapters\/law\/present\/$/);
  await expect(page.locator('[data-deck-count]')).toHaveText(/^Slide 1 of \d+$/);

  await page.goto('/ur/');
  await page.locator('a[href$="/ur/classroom/"]').first().click();
  await page.locator('.chapter-list a[href$="/ur/classroom/law/"]').first().click();
  await page.getByRole('link', { name: 'کلاس میں دکھائیں' }).click();
  await expect(page).toHaveURL(/\/ur\/chapters\/law\/present\/$/);
});
