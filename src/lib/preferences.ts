/**
 * The reader's display choices: dark or light, and text only. Each is kept in
 * localStorage (never a cookie), under the keys below, and only while it differs from
 * what the phone asks for: a reader who picks what the phone already says goes back to
 * following the phone, and nothing is stored. "Remove everything" clears both
 * (localStorage.clear() in src/browser/offline.ts).
 *
 * The page applies them before its first paint (src/browser/earlyPreferences.ts); the
 * switches change them (src/browser/preferences.ts).
 */

export const PREFERENCE_KEYS = { theme: 'theme', textOnly: 'text-only' } as const;

export type Theme = 'light' | 'dark';

/** The theme a page shows: the stored choice if there is one, otherwise the phone's. */
export function resolveTheme(stored: string | null, phoneDark: boolean): Theme {
  if (stored === 'light' || stored === 'dark') return stored;
  return phoneDark ? 'dark' : 'light';
}

/** What to store when the reader picks `choice`: null (store nothing) when it is the phone's own. */
export function storedTheme(choice: Theme, phoneDark: boolean): Theme | null {
  return choice === (phoneDark ? 'dark' : 'light') ? null : choice;
}

/** Text only is on when the reader turned it on, or when the phone saves data and the reader has not turned it off. */
export function resolveTextOnly(stored: string | null, saveData: boolean): boolean {
  if (stored === 'on') return true;
  if (stored === 'off') return false;
  return saveData;
}

/** What to store when the reader turns text only on or off: null when that is what Save-Data already gives. */
export function storedTextOnly(on: boolean, saveData: boolean): 'on' | 'off' | null {
  return on === saveData ? null : on ? 'on' : 'off';
}
