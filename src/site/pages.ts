/** Standalone pages (help, about, privacy) per locale, falling back to English like chapters (Astro only). */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { parseChapterId } from '../lib/chapters.ts';

export interface PageView {
  slug: string;
  locale: Locale;
  entry: CollectionEntry<'pages'>;
  isFallback: boolean;
}

export async function pageViews(locale: Locale): Promise<PageView[]> {
  const all = await getCollection('pages');
  return all
    .filter((e) => parseChapterId(e.id).locale === 'en')
    .map((en) => {
      const { slug, file } = parseChapterId(en.id);
      const translated = locale === 'en' ? en : all.find((e) => e.id === `${locale}/${file}`);
      return { slug, locale, entry: translated ?? en, isFallback: !translated };
    });
}
