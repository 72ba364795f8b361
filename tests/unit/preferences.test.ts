// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { PREFERENCE_KEYS, resolveTextOnly, resolveTheme, storedTextOnly, storedTheme } from '../../src/lib/preferences.ts';
import { earlyScript } from '../../src/browser/earlyPreferences.ts';

describe('the theme', () => {
  it('follows the phone until the reader chooses', () => {
    expect(resolveTheme(null, true)).toBe('dark');
    expect(resolveTheme(null, false)).toBe('light');
    expect(resolveTheme('nonsense', true)).toBe('dark');
  });
  it('keeps the reader’s choice whatever the phone says', () => {
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
  it('is stored only while it differs from the phone’s, so choosing the phone’s own stores nothing', () => {
    expect(storedTheme('dark', false)).toBe('dark');
    expect(storedTheme('light', true)).toBe('light');
    expect(storedTheme('dark', true)).toBeNull();
    expect(storedTheme('light', false)).toBeNull();
  });
});

describe('text only', () => {
  it('follows Save-Data unless the reader turned it on or off', () => {
    expect(resolveTextOnly(null, true)).toBe(true);
    expect(resolveTextOnly(null, false)).toBe(false);
    expect(resolveTextOnly('off', true)).toBe(false);
    expect(resolveTextOnly('on', false)).toBe(true);
  });
  it('is stored only while it differs from what Save-Data gives', () => {
    expect(storedTextOnly(true, false)).toBe('on');
    expect(storedTextOnly(false, true)).toBe('off');
    expect(storedTextOnly(true, true)).toBeNull();
    expect(storedTextOnly(false, false)).toBeNull();
  });
});

/** Runs the inline script in a fresh page with the given storage, Save-Data and reduced-data setting. */
function runEarly(options: { stored?: Record<string, string>; saveData?: boolean; reducedData?: boolean; font?: string }) {
  const dom = new JSDOM('<!doctype html><html><head></head><body><astro-island></astro-island></body></html>', {
    url: 'http://127.0.0.1/',
    runScripts: 'dangerously',
  });
  const win = dom.window;
  for (const [k, v] of Object.entries(options.stored ?? {})) win.localStorage.setItem(k, v);
  Object.defineProperty(win.navigator, 'connection', { value: { saveData: options.saveData ?? false } });
  win.matchMedia = ((query: string) => ({ matches: query.includes('reduced-data') && Boolean(options.reducedData), media: query })) as typeof win.matchMedia;
  // As BaseLayout writes it: the font's address on the script element itself.
  const script = win.document.createElement('script');
  if (options.font) script.dataset.font = options.font;
  script.textContent = earlyScript();
  win.document.head.append(script);
  const root = win.document.documentElement;
  return {
    theme: root.getAttribute('data-theme'),
    textOnly: root.hasAttribute('data-text-only'),
    saveData: root.hasAttribute('data-save-data'),
    islandDefined: Boolean(win.customElements.get('astro-island')),
    preloads: [...win.document.head.querySelectorAll('link[rel="preload"]')].map((l) => l.getAttribute('href')),
  };
}

describe('the script that runs before the first paint', () => {
  it('applies a stored theme, and leaves the phone’s setting to CSS when none is stored', () => {
    expect(runEarly({ stored: { [PREFERENCE_KEYS.theme]: 'dark' } }).theme).toBe('dark');
    expect(runEarly({ stored: { [PREFERENCE_KEYS.theme]: 'light' } }).theme).toBe('light');
    expect(runEarly({}).theme).toBeNull();
    expect(runEarly({ stored: { [PREFERENCE_KEYS.theme]: '<script>' } }).theme).toBeNull();
  });
  it('turns text only on with Save-Data or prefers-reduced-data, and then no island can hydrate', () => {
    const saver = runEarly({ saveData: true });
    expect(saver).toMatchObject({ textOnly: true, saveData: true, islandDefined: true });
    expect(runEarly({ reducedData: true })).toMatchObject({ textOnly: true, saveData: true });
  });
  it('lets the reader’s choice win over Save-Data', () => {
    expect(runEarly({ saveData: true, stored: { [PREFERENCE_KEYS.textOnly]: 'off' } })).toMatchObject({ textOnly: false, islandDefined: false });
    expect(runEarly({ stored: { [PREFERENCE_KEYS.textOnly]: 'on' } })).toMatchObject({ textOnly: true, saveData: false, islandDefined: true });
  });
  it('preloads the Urdu font, except in text-only mode', () => {
    expect(runEarly({ font: '/_astro/nastaliq.woff2' }).preloads).toEqual(['/_astro/nastaliq.woff2']);
    expect(runEarly({ font: '/_astro/nastaliq.woff2', saveData: true }).preloads).toEqual([]);
    expect(runEarly({}).preloads).toEqual([]);
  });
});

describe('the dark palette', () => {
  it('is the same under the phone’s setting and under the reader’s choice', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const block = (selector: string) => {
      const start = css.indexOf(`${selector} {\n    --bg`);
      expect(start, selector).toBeGreaterThan(-1);
      return css.slice(start + selector.length, css.indexOf('}', start)).trim();
    };
    const phone = block(":root:not([data-theme='light'])");
    expect(phone).toContain('--mark-strong');
    expect(block(":root[data-theme='dark']")).toBe(phone);
  });
});

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

describe('chart marks', () => {
  const css = readFileSync('src/styles/global.css', 'utf8');
  const palette = (start: string) => {
    const from = css.indexOf(start);
    const body = css.slice(from, css.indexOf('}', from));
    return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [m[1], m[2]]));
  };
  const themes = { light: palette(':root {'), dark: palette(":root[data-theme='dark'] {\n    --bg") };
  for (const [theme, colours] of Object.entries(themes)) {
    it(`stand out from the page at 3:1 or more in the ${theme} theme (WCAG 1.4.11)`, () => {
      const low = ['--mark-strong', '--mark-second', '--mark-muted', '--mark-protest', '--mark-law']
        .map((mark) => [mark, contrast(colours[mark], colours['--bg'])] as const)
        .filter(([, ratio]) => ratio < 3);
      expect(Object.keys(colours)).toContain('--mark-law');
      expect(low).toEqual([]);
    });
  }
});
