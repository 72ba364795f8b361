/**
 * The header's display switches (DisplayControls.astro). Dark mode changes the page at
 * once; text only reloads it, since it changes what the page loads (the charts' code and
 * the web font). Choices are stored by the rules in src/lib/preferences.ts; the page
 * applied them before its first paint (src/browser/earlyPreferences.ts).
 */
import { PREFERENCE_KEYS, resolveTheme, storedTextOnly, storedTheme } from '../lib/preferences.ts';

function store(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage blocked (some private modes): the choice lasts for this page only.
  }
}

export function installPreferences(doc: Document, reload: () => void = () => location.reload()): void {
  const root = doc.documentElement;
  const phoneDark = window.matchMedia('(prefers-color-scheme: dark)');
  const themeButton = doc.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  const textButton = doc.querySelector<HTMLButtonElement>('[data-text-only-toggle]');

  if (themeButton) {
    const current = () => resolveTheme(root.getAttribute('data-theme'), phoneDark.matches);
    const show = () => themeButton.setAttribute('aria-pressed', String(current() === 'dark'));
    themeButton.addEventListener('click', () => {
      const choice = current() === 'dark' ? 'light' : 'dark';
      const stored = storedTheme(choice, phoneDark.matches);
      store(PREFERENCE_KEYS.theme, stored);
      if (stored) root.setAttribute('data-theme', stored);
      else root.removeAttribute('data-theme');
      show();
    });
    // Following the phone: when it changes (dusk, battery saver), the button follows too.
    phoneDark.addEventListener('change', show);
    show();
  }

  if (textButton) {
    const on = root.hasAttribute('data-text-only');
    textButton.setAttribute('aria-pressed', String(on));
    textButton.addEventListener('click', () => {
      store(PREFERENCE_KEYS.textOnly, storedTextOnly(!on, root.hasAttribute('data-save-data')));
      reload();
    });
  }
}
