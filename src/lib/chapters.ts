import type { Locale } from '../i18n/locales.ts';
import { isLocale } from '../i18n/locales.ts';

/** File names carry a two-digit order prefix for translators ("01-origins.mdx"); URLs do not. */
export function chapterSlug(fileName: string): string {
  return fileName.replace(/\.mdx?$/, '').replace(/^\d+-/, '');
}

/** Splits a content-collection id such as "ur/01-origins" into its locale and URL slug. */
export function parseChapterId(id: string): { locale: Locale; slug: string; file: string } {
  const [locale, file, ...rest] = id.split('/');
  if (!isLocale(locale) || !file || rest.length > 0) {
    throw new Error(`content/chapters/${id}: chapters must live in content/chapters/<locale>/<NN-slug>.mdx`);
  }
  return { locale, slug: chapterSlug(file), file };
}
