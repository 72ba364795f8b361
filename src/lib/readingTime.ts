import type { Locale } from '../i18n/locales.ts';

/**
 * Words per minute for screen reading. Urdu text counts more words for the same content
 * (postpositions such as کے and میں are separate words), so its rate is set higher; the
 * two editions of a chapter then show about the same time.
 */
export const WORDS_PER_MINUTE: Record<Locale, number> = { en: 200, ur: 260 };

/** Prose only: drops frontmatter, import/export lines, JSX tags and their attributes, and Markdown syntax. */
export function proseText(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n?/, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_>`|]/g, ' ');
}

export function countWords(mdx: string): number {
  const words = proseText(mdx).match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-.,%]*/gu);
  return words ? words.length : 0;
}

export function readingMinutes(mdx: string, locale: Locale): number {
  return Math.max(1, Math.round(countWords(mdx) / WORDS_PER_MINUTE[locale]));
}
