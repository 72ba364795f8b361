import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { t } from '../../src/i18n/index.ts';

/**
 * "Listen" with a stand-in for the Web Speech API: getVoices() returns the voices a test
 * gives, speak() records each utterance, cancel() ends the current one (as browsers fire
 * an end or error event on cancel), and window.__speech.end() plays an utterance to its end.
 */
interface Voice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}
interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
  rate: number;
}
declare global {
  interface Window {
    __speech: { spoken: Spoken[]; cancels: number; end(): void };
  }
}

function fakeSpeech(voices: Voice[]) {
  class FakeUtterance extends EventTarget {
    text: string;
    lang = '';
    voice: { name: string } | null = null;
    rate = 1;
    pitch = 1;
    volume = 1;
    constructor(text = '') {
      super();
      this.text = text;
    }
  }
  let current: FakeUtterance | null = null;
  const record = { spoken: [] as Spoken[], cancels: 0, end() {} };
  const finish = () => {
    const u = current;
    current = null;
    u?.dispatchEvent(new Event('end'));
  };
  record.end = finish;
  class FakeSynth extends EventTarget {
    speaking = false;
    pending = false;
    paused = false;
    getVoices() {
      return voices.map((v) => ({ ...v, voiceURI: v.name }));
    }
    speak(u: FakeUtterance) {
      record.spoken.push({
        text: u.text,
        lang: u.lang,
        voice: u.voice?.name ?? null,
        rate: u.rate,
      });
      current = u;
    }
    cancel() {
      record.cancels++;
      finish();
    }
    pause() {}
    resume() {}
  }
  Object.defineProperty(window, 'speechSynthesis', {
    value: new FakeSynth(),
    configurable: true,
  });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    value: FakeUtterance,
    configurable: true,
    writable: true,
  });
  window.__speech = record;
}

const cloudDefault = {
  name: 'Cloud English',
  lang: 'en-US',
  localService: false,
  default: true,
};
const localEnglish = {
  name: 'Local English',
  lang: 'en-GB',
  localService: true,
  default: false,
};
const localUrdu = {
  name: 'Local Urdu',
  lang: 'ur-PK',
  localService: true,
  default: false,
};
const cloudUrdu = {
  name: 'Cloud Urdu',
  lang: 'ur-PK',
  localService: false,
  default: false,
};

const spoken = (page: Page) => page.evaluate(() => window.__speech.spoken);
const current = (page: Page) => page.locator('.listen-current');

async function listen(page: Page, path: string, voices: Voice[]) {
  await page.addInitScript(fakeSpeech, voices);
  await page.goto(path);
  await page.locator('.listen-toggle').click();
  // The reader loads on this first press: wait until it has started, or said why not.
  await expect(page.locator('.listen-status')).not.toBeEmpty();
}

test('English chapter: reads with the voice on the device, never the cloud voice the browser prefers', async ({ page }) => {
  await listen(page, '/chapters/law/', [cloudDefault, localEnglish]);
  await expect(page.locator('.listen-player')).toBeVisible();
  const [first] = await spoken(page);
  expect(first).toMatchObject({
    voice: 'Local English',
    lang: 'en-GB',
    rate: 1,
  });
  expect(first.text).toBe(await page.locator('h1').innerText());
  await expect(current(page)).toHaveText(first.text);
  await expect(page.locator('.listen-status')).toHaveText(t('en', 'listen.started', { voice: 'Local English' }));
  // Markers are not read: the text of a cited paragraph has no "[n]".
  for (let i = 0; i < 8; i++) await page.evaluate(() => window.__speech.end());
  const all = await spoken(page);
  expect(all.length).toBe(9);
  expect(all.every((s) => s.voice === 'Local English')).toBe(true);
  expect(all.some((s) => /\[\d+\]|Source \d/.test(s.text))).toBe(false);
});

test('reading goes on by itself, and the paragraph being read is highlighted, focus left where it was', async ({ page }) => {
  await listen(page, '/chapters/law/', [localEnglish]);
  const toggle = page.locator('.listen-toggle');
  await expect(toggle).toBeFocused();
  await expect(current(page)).toHaveCount(1);
  await page.evaluate(() => window.__speech.end());
  await expect(current(page)).toHaveClass(/lede/);
  const texts = (await spoken(page)).map((s) => s.text);
  expect(texts[1]).toBe(await page.locator('.lede').innerText());
  await expect(toggle).toBeFocused();
});

test('Next paragraph moves the highlight and reads the next paragraph, without skipping one', async ({ page }) => {
  await listen(page, '/chapters/law/', [localEnglish]);
  await expect(current(page)).toHaveText(await page.locator('h1').innerText());
  await page.getByRole('button', { name: t('en', 'listen.next') }).click();
  await expect(current(page)).toHaveClass(/lede/);
  const texts = (await spoken(page)).map((s) => s.text);
  // The cancelled heading's end event must not move the reader on a second time.
  expect(texts).toEqual([await page.locator('h1').innerText(), await page.locator('.lede').innerText()]);
});

test('the paragraph being read is kept in view, with reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await listen(page, '/chapters/law/', [localEnglish]);
  const next = page.getByRole('button', { name: t('en', 'listen.next') });
  for (let i = 0; i < 15; i++) await next.click();
  const box = await current(page).boundingBox();
  const bar = await page.locator('.listen-player').boundingBox();
  expect(box, 'a paragraph is highlighted').not.toBeNull();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + Math.min(box!.height, 100)).toBeLessThanOrEqual(bar!.y);
});

test('Pause stops the voice; Resume reads the same sentence again', async ({ page }) => {
  await listen(page, '/chapters/law/', [localEnglish]);
  const pause = page.getByRole('button', { name: t('en', 'listen.pause') });
  await pause.click();
  await expect(page.getByRole('button', { name: t('en', 'listen.resume') })).toBeVisible();
  expect(await page.evaluate(() => window.__speech.cancels)).toBeGreaterThan(0);
  expect((await spoken(page)).length).toBe(1);
  await page.getByRole('button', { name: t('en', 'listen.resume') }).click();
  const texts = (await spoken(page)).map((s) => s.text);
  expect(texts).toEqual([texts[0], texts[0]]);
  await expect(pause).toBeVisible();
});

test('Speed changes the rate of what is spoken, from the current sentence', async ({ page }) => {
  await listen(page, '/chapters/law/', [localEnglish]);
  await page.getByLabel(t('en', 'listen.speed')).selectOption('1.5');
  const all = await spoken(page);
  expect(all.at(-1)).toMatchObject({ text: all[0].text, rate: 1.5 });
  await page.evaluate(() => window.__speech.end());
  expect((await spoken(page)).at(-1)?.rate).toBe(1.5);
});

test('Stop silences the voice, closes the bar, says so, and gives focus back to Listen', async ({ page }) => {
  await listen(page, '/chapters/law/', [localEnglish]);
  await page.getByRole('button', { name: t('en', 'listen.close'), exact: true }).click();
  await expect(page.locator('.listen-player')).toBeHidden();
  await expect(current(page)).toHaveCount(0);
  await expect(page.locator('.listen-status')).toHaveText(t('en', 'listen.stopped'));
  await expect(page.locator('.listen-toggle')).toBeFocused();
  await expect(page.locator('.listen-toggle')).toHaveText(t('en', 'listen.start'));
  expect((await spoken(page)).length).toBe(1);
});

test('Urdu chapter with only English voices (and a cloud Urdu one) says so in Urdu, explains how to add one, and never speaks', async ({ page }) => {
  await listen(page, '/ur/chapters/law/', [cloudDefault, localEnglish, cloudUrdu]);
  await expect(page.locator('.listen-status')).toHaveText(t('ur', 'listen.noVoice'));
  await expect(page.locator('.listen-how')).toHaveAttribute('open', '');
  await expect(page.locator('.listen-how li').first()).toBeVisible();
  await expect(page.locator('.listen-how li').first()).toHaveText(t('ur', 'listen.how1'));
  await expect(page.locator('.listen-player')).toBeHidden();
  expect(await spoken(page)).toEqual([]);
});

test('Urdu chapter reads with the Urdu voice on the device, in Urdu', async ({ page }) => {
  await listen(page, '/ur/chapters/law/', [localEnglish, localUrdu]);
  const [first] = await spoken(page);
  expect(first).toMatchObject({ voice: 'Local Urdu', lang: 'ur-PK' });
  expect(first.text).toBe(await page.locator('h1').innerText());
  await expect(page.locator('.listen-wrong-voice')).toBeVisible();
  await expect(page.getByRole('button', { name: t('ur', 'listen.next') })).toBeVisible();
});

/** axe at the top of the page, as the sweep runs it (scrolled, the sticky top bar partly covers the header's links, which axe reports as small targets). */
async function axeViolations(page: Page) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const axe = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary}`).join(', ')}`);
}

for (const [path, scheme] of [
  ['/chapters/law/', 'light'],
  ['/chapters/law/', 'dark'],
  ['/ur/chapters/law/', 'light'],
] as const) {
  test(`the reading bar and the highlight pass axe on ${path} in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await listen(page, path, [localEnglish, localUrdu]);
    await page.locator('[data-listen-next]').click();
    await expect(current(page)).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the notice of no Urdu voice passes axe', async ({ page }) => {
  await listen(page, '/ur/chapters/law/', [localEnglish]);
  expect(await axeViolations(page)).toEqual([]);
});

for (const path of ['/help/', '/ur/help/', '/classroom/law/']) {
  test(`${path} has Listen among its page tools`, async ({ page }) => {
    await page.addInitScript(fakeSpeech, [localEnglish, localUrdu]);
    await page.goto(path);
    await expect(page.locator('.chapter-tools .listen-toggle')).toBeVisible();
  });
}

test('Listen is hidden where the browser cannot speak', async ({ page }) => {
  await page.addInitScript(() =>
    Object.defineProperty(window, 'speechSynthesis', {
      value: undefined,
      configurable: true,
    }),
  );
  await page.goto('/chapters/law/');
  await expect(page.locator('.chapter-tools [data-print]')).toBeVisible();
  await expect(page.locator('.listen-toggle')).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('Listen is hidden', async ({ page }) => {
    await page.goto('/ur/chapters/law/');
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.listen-toggle')).toBeHidden();
  });
});
