/** Standalone pages (help, about, privacy) per locale, falling back to English like chapters (Astro only). */
import type { Locale } from '../i18n/locales.ts';
import { localizedEntries, type Localized } from './localized.ts';

export type PageView = Localized<'pages'>;

export function pageViews(locale: Locale): Promise<PageView[]> {
  return localizedEntries('pages', locale);
}
