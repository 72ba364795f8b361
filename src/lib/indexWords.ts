/**
 * Words as the search index stores them, and the ones that are really two glued together.
 * Pagefind splits a page's text at whitespace only: it adds no boundary between elements
 * (a <dt> and its <dd>, a link and the text after it), so markup without whitespace between
 * two elements gives one "word" made of both ("2024.https://…", "(harassment)ناپسندیدہ").
 * The e2e search tests run gluedWords over the built index; a reader never sees these words,
 * so nobody can find them.
 */

export interface GlossaryPair {
  term: string;
  definition: string;
}

export interface GluedWord {
  word: string;
  reason: 'url' | 'sentence' | 'bracket' | 'term';
}

/** A page's indexed text as Pagefind splits it. */
export function indexedWords(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

const PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const bare = (word: string): string => word.replace(PUNCTUATION, '');
const firstWord = (text: string): string => bare(indexedWords(text)[0] ?? '');
const lastWord = (text: string): string => bare(indexedWords(text).at(-1) ?? '');

/** A link address: the index should hold the words of a page, not its URLs. */
const URL_LIKE = /https?:|www\./i;
/** A sentence that ends and the next that starts with no space: "found.Latest", "پھیلانا۔فرہنگ". */
const SENTENCE_GLUE = /\p{Ll}[.!?]\p{Lu}|\p{Script=Arabic}[۔؟]\p{Script=Arabic}/u;
/** A closing bracket followed at once by a letter: "(suo motu)وہ". */
const BRACKET_GLUE = /\)\p{L}/u;

/** Each indexed word that joins two things a reader sees apart, with the reason. */
export function gluedWords(words: Iterable<string>, glossary: GlossaryPair[] = []): GluedWord[] {
  const fusions = glossary
    .map((g) => ({ end: lastWord(g.term), start: firstWord(g.definition) }))
    .filter((f) => f.end && f.start)
    .map((f) => f.end + f.start);
  const found: GluedWord[] = [];
  for (const word of new Set(words)) {
    if (URL_LIKE.test(word)) found.push({ word, reason: 'url' });
    else if (SENTENCE_GLUE.test(word)) found.push({ word, reason: 'sentence' });
    else if (BRACKET_GLUE.test(word)) found.push({ word, reason: 'bracket' });
    else if (fusions.some((f) => word.includes(f))) found.push({ word, reason: 'term' });
  }
  return found;
}
