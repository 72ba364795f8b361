/**
 * Entries of a per-locale collection (chapters, pages, guides) as served in one locale:
 * the translation when it exists, otherwise the English original, marked as a fallback.
 * Translations share the English file name (content/<collection>/<locale>/<NN-slug>.mdx).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { parseChapterId } from '../lib/chapters.ts';

type LocalizedCollection = 'chapters' | 'pages' | 'guides';

export interface Localized<C extends LocalizedCollection> {
  slug: string;
  /** The English file name without extension, e.g. 01-origins. */
  file: string;
  locale: Locale;
  entry: CollectionEntry<C>;
  /** True when the locale has no translation and the English text is shown. */
  isFallback: boolean;
}

export async function localizedEntries<C extends LocalizedCollection>(collection: C, locale: Locale): Promise<Localized<C>[]> {
  const all = (await getCollection(collection)) as CollectionEntry<C>[];
  return all
    .filter((e) => parseChapterId(e.id).locale === 'en')
    .map((en) => {
      const { slug, file } = parseChapterId(en.id);
      const translated = locale === 'en' ? en : all.find((e) => e.id === `${locale}/${file}`);
      return { slug, file, locale, entry: translated ?? en, isFallback: !translated };
    });
}
