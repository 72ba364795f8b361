/**
 * Original prose: our chapters must not reuse the seed article's sentences. The seed
 * (../shared/seed/) is lower-cased, stripped of punctuation and digits, and without
 * common function words; we flatten our text the same way and look for any run of
 * `n` consecutive words that also appears in the seed.
 */

/** The English stop-word list the seed was stripped with (NLTK's). */
const STOP_WORDS = new Set(
  `i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its
  itself they them their theirs themselves what which who whom this that these those am is are was were be been being have
  has had having do does did doing a an the and but if or because as until while of at by for with about against between
  into through during before after above below to from up down in out on off over under again further then once here there
  when where why how all any both each few more most other some such no nor not only own same so than too very s t can
  will just don should now d ll m o re ve y ain aren couldn didn doesn hadn hasn haven isn ma mightn mustn needn shan
  shouldn wasn weren won wouldn`.split(/\s+/),
);

/** Lower case, no punctuation (apostrophes join words: "don't" -> "dont"), no digits, no stop words. */
export function flattenLikeSeed(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !/^\d+$/.test(w) && !STOP_WORDS.has(w));
}

/** Runs of `n` consecutive flattened words that appear in both texts. */
export function sharedRuns(ours: string, seed: string, n = 8): string[] {
  const seedWords = flattenLikeSeed(seed);
  const seedRuns = new Set<string>();
  for (let i = 0; i + n <= seedWords.length; i++) seedRuns.add(seedWords.slice(i, i + n).join(' '));
  const words = flattenLikeSeed(ours);
  const found = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) {
    const run = words.slice(i, i + n).join(' ');
    if (seedRuns.has(run)) found.add(run);
  }
  return [...found];
}
