/**
 * Latin runs inside Urdu text (a hashtag, a name, "CC BY 4.0") must be isolated, or the
 * bidirectional algorithm moves their punctuation to the wrong end ("MeToo#").
 */

/**
 * A run of Latin words: a letter first, then letters, digits and # @ . - / _ ' inside;
 * words joined by spaces or ", " (so "Zainab Alert, Response and Recovery Act" is one run).
 */
export const LATIN_RUN = /[#@]?[A-Za-z][\w#@.\-/']*(?:,?\s+[#@]?[A-Za-z0-9][\w#@.\-/']*)*/g;

const LRI = '\u2066';
const PDI = '\u2069';

/** Wraps each Latin run of a plain string in Unicode isolate marks (left-to-right isolate ... pop). */
export function isolateLatinRuns(text: string): string {
  return text.replace(LATIN_RUN, (run) => `${LRI}${run}${PDI}`);
}

/** Splits text into Latin runs and the rest, for wrapping the runs in elements. */
export function splitLatinRuns(text: string): { text: string; latin: boolean }[] {
  const parts: { text: string; latin: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(LATIN_RUN)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), latin: false });
    parts.push({ text: m[0], latin: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), latin: false });
  return parts;
}
