/** Base-aware URLs for components (inside Astro/Vite, where BASE_URL is known). */
import { localizePath, withBase, switchLocale } from '../lib/paths.ts';
import type { Locale } from './locales.ts';

export const BASE = import.meta.env.BASE_URL;

/** Link to a site page in a locale: href('ur', '/chapters/origins/') -> '/ur/chapters/origins/' (plus base). */
export function href(locale: Locale, path: string): string {
  return withBase(BASE, localizePath(locale, path));
}

/** Link to a file served as it is (public/ or pagefind/), not localised. */
export function asset(path: string): string {
  return withBase(BASE, path);
}

export function otherLanguageHref(pathname: string, target: Locale): string {
  return switchLocale(BASE, pathname, target);
}
