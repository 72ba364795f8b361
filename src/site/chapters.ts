/** Chapter queries for pages (Astro only): the list per locale, with Urdu falling back to English. */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { readingMinutes } from '../lib/readingTime.ts';
import { localizedEntries, type Localized } from './localized.ts';

export type ChapterEntry = CollectionEntry<'chapters'>;

export interface ChapterView extends Localized<'chapters'> {
  readingMinutes: number;
  order: number;
}

export async function chapterViews(locale: Locale): Promise<ChapterView[]> {
  const entries = await localizedEntries('chapters', locale);
  return entries
    .map((v) => ({
      ...v,
      readingMinutes: readingMinutes(v.entry.body ?? '', v.isFallback ? 'en' : locale),
      order: v.entry.data.order,
    }))
    .sort((a, b) => a.order - b.order);
}
