/**
 * A chapter's self-check as served in one locale: the translation when there is one,
 * otherwise the English questions (the page marks them as English).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';

export interface SelfcheckView {
  entry: CollectionEntry<'selfcheck'>;
  /** The language the questions are written in. */
  textLocale: Locale;
}

/** The self-check of the chapter whose file name is `file` (e.g. 01-origins), or undefined. */
export async function selfcheckFor(file: string, locale: Locale): Promise<SelfcheckView | undefined> {
  const all = await getCollection('selfcheck');
  const translated = all.find((e) => e.id === `${locale}/${file}`);
  if (translated) return { entry: translated, textLocale: locale };
  const english = all.find((e) => e.id === `en/${file}`);
  return english ? { entry: english, textLocale: 'en' } : undefined;
}
