/** Chapter queries for pages (Astro only): the list per locale, with Urdu falling back to English. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { byOrder, parseChapterId } from '../lib/chapters.ts';
import { readingMinutes } from '../lib/readingTime.ts';

export type ChapterEntry = CollectionEntry<'chapters'>;

export interface ChapterView {
  slug: string;
  /** The locale the page is served in. */
  locale: Locale;
  /** The entry whose text is shown: the translation, or the English original when there is none. */
  entry: ChapterEntry;
  /** True when an Urdu URL shows English text because the translation does not exist yet. */
  isFallback: boolean;
  readingMinutes: number;
  order: number;
}

export async function chapterViews(locale: Locale): Promise<ChapterView[]> {
  const all = await getCollection('chapters');
  const english = all.filter((e) => parseChapterId(e.id).locale === 'en').sort(byOrder);
  return english.map((en) => {
    const { slug, file } = parseChapterId(en.id);
    const translated = locale === 'en' ? en : all.find((e) => e.id === `${locale}/${file}`);
    const entry = translated ?? en;
    const textLocale = translated ? locale : 'en';
    return {
      slug,
      locale,
      entry,
      isFallback: !translated,
      readingMinutes: readingMinutes(entry.body ?? '', textLocale),
      order: en.data.order,
    };
  });
}
