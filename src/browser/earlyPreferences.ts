/**
 * Runs in <head> before anything is drawn, as a small inline script whose hash
 * BaseLayout adds to the Content-Security-Policy (earlyScript below). It applies the
 * reader's display choices (src/lib/preferences.ts) so the first paint is already right:
 *
 * - a stored theme sets <html data-theme>, which wins over the phone's setting;
 * - text only (stored, or the phone's Save-Data / prefers-reduced-data) sets
 *   <html data-text-only> and stops Astro's islands from hydrating: it defines the
 *   `astro-island` element first, as an inert element, and Astro's island script only
 *   defines it when no one has, so no chart code is ever requested. The charts keep the
 *   final state they are drawn in on the server, as with JavaScript off;
 * - otherwise, on Urdu pages, it asks for the Nastaliq font first (the preload that
 *   used to be in the markup, where it would download even in text-only mode). The font's
 *   address is the script element's data-font, so the script's text, and with it the
 *   policy's hash, is the same on every page, and the host sends one policy for all.
 *
 * The functions are serialised with toString(), so each must use only its parameters.
 */
import { PREFERENCE_KEYS, resolveTextOnly } from '../lib/preferences.ts';

interface EarlyOptions {
  keys: { theme: string; textOnly: string };
}

export function applyEarlyPreferences(
  doc: Document,
  win: Window & typeof globalThis,
  textOnlyRule: (stored: string | null, saveData: boolean) => boolean,
  options: EarlyOptions,
): void {
  const root = doc.documentElement;
  const read = (key: string): string | null => {
    try {
      return win.localStorage.getItem(key);
    } catch {
      return null; // storage blocked: follow the phone
    }
  };
  const theme = read(options.keys.theme);
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);

  const connection = (win.navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  const saveData = Boolean(connection && connection.saveData) || win.matchMedia('(prefers-reduced-data: reduce)').matches;
  if (saveData) root.setAttribute('data-save-data', '');
  if (textOnlyRule(read(options.keys.textOnly), saveData)) {
    root.setAttribute('data-text-only', '');
    if (!win.customElements.get('astro-island')) win.customElements.define('astro-island', class extends win.HTMLElement {});
  } else if (doc.currentScript?.dataset.font) {
    const link = doc.createElement('link');
    link.rel = 'preload';
    link.href = doc.currentScript.dataset.font;
    link.as = 'font';
    link.type = 'font/woff2';
    link.crossOrigin = 'anonymous';
    link.setAttribute('fetchpriority', 'high');
    doc.head.append(link);
  }
}

/** The inline script's text: the function above, called with the rule and the keys. */
export function earlyScript(): string {
  const options: EarlyOptions = { keys: PREFERENCE_KEYS };
  return `(${applyEarlyPreferences.toString()})(document,window,${resolveTextOnly.toString()},${JSON.stringify(options)});`;
}
