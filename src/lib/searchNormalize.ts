/**
 * Urdu search forgives how people type. Pagefind folds diacritics but not the letters an
 * Arabic keyboard produces (ك ي ى ه) or Urdu/Arabic-Indic digits, so queries are mapped
 * to the Urdu letters and Western digits the site's text uses before they reach Pagefind.
 */
import { toWesternDigits } from '../i18n/format.ts';

/** Consonants that take an aspirating do-chashmi heh (ھ) after them in Urdu: بھ، پھ، کھ … */
const ASPIRABLE = 'بپتٹجچدڈرڑکگلمن';

const LETTERS: Record<string, string> = {
  '\u0643': '\u06A9', // ك Arabic kaf -> ک keheh
  '\u064A': '\u06CC', // ي Arabic yeh -> ی Farsi yeh
  '\u0649': '\u06CC', // ى alef maksura -> ی
  '\u0623': '\u0627', // أ -> ا
  '\u0625': '\u0627', // إ -> ا
  '\u0629': '\u06C3', // ة teh marbuta -> ۃ
  '\u06C0': '\u06C2', // ۀ -> ۂ
};

/** Harakat, superscript alef and tatweel: marks a query may carry that the text need not. */
const MARKS = /[\u064B-\u065F\u0670\u0640]/g;

function mapLetters(query: string): string {
  return toWesternDigits(query)
    .normalize('NFC')
    .replace(MARKS, '')
    .replace(/[\u0643\u064A\u0649\u0623\u0625\u0629\u06C0]/g, (c) => LETTERS[c]);
}

/** Arabic heh (ه) is ہ in most Urdu words, but ھ after a consonant it aspirates (بھی). */
function mapHeh(query: string, aspirate: boolean): string {
  return query.replace(/\u0647/g, (_h, offset: number, whole: string) =>
    aspirate && offset > 0 && ASPIRABLE.includes(whole[offset - 1]) ? '\u06BE' : '\u06C1',
  );
}

/** The query as the site's text spells it; one or two spellings when an Arabic heh is ambiguous. */
export function searchVariants(query: string): string[] {
  const base = mapLetters(query.trim().replace(/\s+/g, ' '));
  if (!base.includes('\u0647')) return [base];
  return [...new Set([mapHeh(base, true), mapHeh(base, false)])];
}

/** The main normalised spelling of a query. */
export function normalizeQuery(query: string): string {
  return searchVariants(query)[0];
}
