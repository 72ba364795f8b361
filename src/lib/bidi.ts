/**
 * Runs that must keep their left-to-right shape inside Urdu text, or the bidirectional
 * algorithm moves their punctuation to the wrong end:
 * - a Latin run (a hashtag, a name, "CC BY 4.0", "s.20(1)"), which otherwise shows as "MeToo#";
 * - a token that starts with a digit and carries -, –, / or parentheses ("2017–18", "29(1)",
 *   "377-B"), which otherwise shows as "18–2017", "(1)29", "B-377".
 * Plain numbers ("2018") read correctly on their own and are left alone.
 */

/**
 * A run of Latin words: a letter first, then letters, digits, # @ . - / _ ' and
 * parenthesised letters or digits inside; words joined by spaces or ", ", and words in
 * parentheses after the first (so "Zainab Alert, Response and Recovery Act" and "Anti-Rape
 * (Investigation and Trial) Act 2021" are one run each).
 */
const WORD = String.raw`[#@]?[A-Za-z](?:[\w#@.\-/']|\(\w+\))*`;
/** A word in parentheses inside a title: "Criminal Laws (Amendment) Act". */
const BRACKETED = String.raw`\([A-Za-z][\w\s]*\)`;
const LATIN = String.raw`${WORD}(?:,?\s+(?:${BRACKETED}|[#@]?[A-Za-z0-9](?:[\w#@.\-/']|\(\w+\))*))*`;
/** A token led by a digit that carries a dash, a slash or parentheses: 2017–18, 29(1), 377-B, 22-A. */
const NUMBER = String.raw`\d[\d.,]*(?:[-–/]\w[\w.,]*|\(\w+\))+`;
export const LTR_RUN = new RegExp(`${NUMBER}|${LATIN}`, 'g');

const LRI = '\u2066';
const PDI = '\u2069';

/** Wraps each left-to-right run of a plain string in Unicode isolate marks (left-to-right isolate ... pop). */
export function isolateLatinRuns(text: string): string {
  return text.replace(LTR_RUN, (run) => `${LRI}${run}${PDI}`);
}

export interface TextPart {
  text: string;
  /** A Latin run: set in a Latin font and marked lang="en". */
  latin: boolean;
  /** A digit-led token: kept left to right, in the text's own font. */
  number?: boolean;
}

/** Splits text into left-to-right runs and the rest, for wrapping the runs in elements. */
export function splitLatinRuns(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(LTR_RUN)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), latin: false });
    parts.push(/^\d/.test(m[0]) ? { text: m[0], latin: false, number: true } : { text: m[0], latin: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), latin: false });
  return parts;
}
