/**
 * Which characters the Urdu font must carry. The site subsets Noto Nastaliq Urdu at
 * build time to the Arabic-script characters its own text uses, plus the Urdu
 * alphabet (so a reader's search query still renders in Nastaliq).
 */

/** Arabic-script blocks and the joiners and marks used with them. */
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\u200C\u200D]/u;

/** The Urdu alphabet, Urdu digits, punctuation and common marks. */
export const URDU_BASE =
  'ءآأؤإئابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھۂۃیےۓ' + '۰۱۲۳۴۵۶۷۸۹' + '،؛؟۔٪' + '\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670\u0654';

export function urduCharacters(texts: Iterable<string>): string {
  const chars = new Set<string>(URDU_BASE);
  for (const text of texts) {
    for (const ch of text) if (ARABIC_SCRIPT.test(ch)) chars.add(ch);
  }
  return [...chars].sort().join('');
}
