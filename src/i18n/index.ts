import { en, type UiKey } from './en.ts';
import { ur } from './ur.ts';
import { dirOf, type Locale } from './locales.ts';
import { isolateLatinRuns } from '../lib/bidi.ts';

export type { UiKey };
export const dictionaries: Record<Locale, Record<UiKey, string>> = { en, ur };

/**
 * The UI string `key` in `locale`, with {placeholders} filled from `vars`. In a
 * right-to-left language, Latin runs in the translation are isolated (see bidi.ts).
 */
export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  return template(locale, key).replace(/\{(\w+)\}/g, (_whole, name: string) => {
    if (!(name in vars)) throw new Error(`UI string "${key}" needs a value for {${name}}`);
    return String(vars[name]);
  });
}

/**
 * The UI string with its {placeholders} left in, for text a chart fills in the browser.
 * In a right-to-left language, Latin runs are isolated (see bidi.ts).
 */
export function template(locale: Locale, key: UiKey): string {
  const text = dictionaries[locale][key];
  if (text === undefined) throw new Error(`Missing UI string "${key}" for locale "${locale}"`);
  if (dirOf(locale) !== 'rtl') return text;
  return text
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? part : isolateLatinRuns(part)))
    .join('');
}

/** A translator bound to one locale, for components: `const tr = translator(locale); tr('nav.home')`. */
export function translator(locale: Locale) {
  return (key: UiKey, vars?: Record<string, string | number>) => t(locale, key, vars);
}
