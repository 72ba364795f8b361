/**
 * Share a chart (issue 14): "Download image" makes a PNG 1080 px wide on the device,
 * whose words match the chart on the page, in the page's language; "Share" hands the
 * phone's share sheet the picture, or the link to the chart's section.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { en } from '../../src/i18n/en.ts';
import { ur } from '../../src/i18n/ur.ts';
import { placedGraphics } from './graphics.ts';

const ID = 'helpline';
const plain = (s: string) =>
  s
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

interface Drawn {
  width: number;
  height: number;
  lines: { role: string; text: string }[];
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(String.fromCharCode(...bytes.slice(12, 16))).toBe('IHDR');
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

async function drawn(page: Page): Promise<Drawn> {
  const box = page.locator(`#graphic-${ID} [data-graphic-share]`);
  await expect(box).toHaveAttribute('data-drawn', /lines/);
  return JSON.parse((await box.getAttribute('data-drawn'))!) as Drawn;
}
const role = (d: Drawn, r: string) =>
  plain(
    d.lines
      .filter((l) => l.role === r)
      .map((l) => l.text)
      .join(' '),
  );

for (const [path, names, dir] of [
  ['/chapters/online/', en, 'ltr'],
  ['/ur/chapters/online/', ur, 'rtl'],
] as const) {
  test(`${path}: Download image saves a 1080 px PNG, made on the device, whose words are the chart's`, async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(path);
    const figure = page.locator(`#graphic-${ID}`);
    await figure.scrollIntoViewIfNeeded();
    const chart = figure.locator('.helpline-chart');
    await expect(figure.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
    // The reader is on the first step; the picture shows the final state, and the page stays put.
    await figure
      .locator('[data-scrolly-step]')
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect(chart).toHaveAttribute('data-state', '0');
    expect(
      requests.some((u) => /shareChart/.test(u)),
      'the drawing code loads only when asked for',
    ).toBe(false);
    const before = requests.length;

    // Pressed where it is, without scrolling the page (which would move the steps on).
    const button = figure.getByRole('button', { name: names['share.download'] });
    const [download] = await Promise.all([page.waitForEvent('download'), button.evaluate((b: HTMLElement) => b.click())]);
    expect(download.suggestedFilename()).toBe(`${ID}-${dir === 'rtl' ? 'ur' : 'en'}.png`);
    const file = readFileSync((await download.path())!);
    const size = pngSize(file);
    const d = await drawn(page);
    expect(size).toEqual({ width: 1080, height: d.height });
    expect(size.height).toBeGreaterThan(900);
    await expect(chart).toHaveAttribute('data-state', '0');

    // The words drawn are the chart's: its finding and sources as the page shows them,
    // its name, its chapter and the address of its section.
    expect(role(d, 'finding')).toBe(plain(await figure.locator('.graphic-title').innerText()));
    expect(role(d, 'source')).toBe(plain(await figure.locator('.graphic-source').innerText()));
    expect(role(d, 'title')).toBe(plain(names['data.name.helpline']));
    expect(role(d, 'chapter')).toContain(plain(await page.locator('h1').innerText()));
    expect(role(d, 'address')).toMatch(new RegExp(`^[\\w.:-]+${path.replace(/\//g, '\\/')}#graphic-${ID}$`));
    await expect(page.locator(`#graphic-${ID}`)).toHaveCount(1);
    if (dir === 'rtl') {
      expect(role(d, 'chapter')).toMatch(/^باب 6: /);
      expect(await page.evaluate(() => document.fonts.check('30px "Noto Nastaliq Urdu"', 'اردو'))).toBe(true);
    }
    // Only the drawing code itself came over the network: no server made the picture.
    const after = requests.slice(before);
    expect(after.length).toBeGreaterThan(0);
    for (const u of after) expect(u, 'a request while drawing').toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/_astro/[\\w.-]+\\.js$`));
    expect(requests.every((u) => u.startsWith('http://127.0.0.1:') || u.startsWith('data:') || u.startsWith('blob:'))).toBe(true);
  });
}

/** navigator.share and canShare stubbed: what the page asked the share sheet to share. */
async function stubShare(page: Page, files: boolean) {
  await page.addInitScript((withFiles: boolean) => {
    const calls: unknown[] = [];
    (window as unknown as { shareCalls: unknown[] }).shareCalls = calls;
    Object.defineProperty(navigator, 'canShare', { value: (data: ShareData) => withFiles || !data.files, configurable: true });
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data: ShareData) => {
        const file = data.files?.[0];
        const head = file ? new DataView(await file.slice(0, 24).arrayBuffer()) : undefined;
        calls.push({
          title: data.title,
          text: data.text,
          url: data.url,
          files: data.files?.length ?? 0,
          name: file?.name,
          type: file?.type,
          width: head?.getUint32(16),
        });
      },
    });
  }, files);
}
const shareCalls = (page: Page) => page.evaluate(() => (window as unknown as { shareCalls: Record<string, unknown>[] }).shareCalls);

test('Share hands the share sheet the picture where the browser can share files', async ({ page }) => {
  await stubShare(page, true);
  await page.goto('/ur/chapters/online/');
  const figure = page.locator(`#graphic-${ID}`);
  await figure.scrollIntoViewIfNeeded();
  await figure.getByRole('button', { name: ur['share.share'] }).click();
  await expect.poll(() => shareCalls(page)).toHaveLength(1);
  const [call] = await shareCalls(page);
  expect(call).toMatchObject({ files: 1, name: `${ID}-ur.png`, type: 'image/png', width: 1080, title: ur['data.name.helpline'] });
  expect(String(call.text)).toContain(`/ur/chapters/online/#graphic-${ID}`);
});

test('Share sends the link to the chart’s section where files cannot be shared', async ({ page }) => {
  await stubShare(page, false);
  await page.goto('/chapters/online/');
  const figure = page.locator(`#graphic-${ID}`);
  await figure.scrollIntoViewIfNeeded();
  await figure.getByRole('button', { name: en['share.share'] }).click();
  await expect.poll(() => shareCalls(page)).toHaveLength(1);
  const [call] = await shareCalls(page);
  expect(call.files).toBe(0);
  expect(new URL(String(call.url)).pathname + new URL(String(call.url)).hash).toBe(`/chapters/online/#graphic-${ID}`);
  expect(call.title).toBe(en['data.name.helpline']);
});

test('Share is offered only where the browser has a share sheet', async ({ page }) => {
  await page.goto('/chapters/online/');
  const figure = page.locator(`#graphic-${ID}`);
  await expect(figure.getByRole('button', { name: en['share.download'] })).toBeVisible();
  const hasShare = await page.evaluate(() => typeof navigator.share === 'function');
  await expect(figure.getByRole('button', { name: en['share.share'] })).toBeVisible({ visible: hasShare });
});

test('every chart offers Download image, in both languages', async ({ page }) => {
  const placed = await placedGraphics();
  expect(placed.length).toBe(7);
  for (const g of placed) {
    for (const [prefix, names] of [
      ['', en],
      ['/ur', ur],
    ] as const) {
      await page.goto(`${prefix}/chapters/${g.chapter}/`);
      await expect(page.locator(`#graphic-${g.id}`).getByRole('button', { name: names['share.download'] }), `${prefix}/${g.id}`).toBeVisible();
    }
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the share buttons, which could do nothing, are hidden', async ({ page }) => {
    await page.goto('/chapters/online/');
    await expect(page.locator(`#graphic-${ID} .graphic-share`)).toBeHidden();
    await expect(page.locator('[data-share-download]').first()).toBeHidden();
  });
});
