/**
 * How a chapter reads for a general reader on a phone, measured the same way every time
 * (npm run check:prose, and the content tests):
 *
 * - Flesch reading ease and Flesch-Kincaid grade over the prose a reader sees: headings
 *   left out, <Fig> values filled in, tags and citation markers dropped. Syllables come
 *   from the `syllable` package; a number counts one syllable per digit (about how
 *   "2018" or "93" is spoken).
 * - Paragraph length in words; list items and quotations are exempt.
 * - Mentions of "Wikipedia" in the prose (attribution belongs in the citation).
 * - Close paraphrase of the seed article: a sentence whose content words appear in a
 *   short stretch of the seed, in the same order, for most of their length.
 */
import { syllable } from 'syllable';
import { formatFigure } from './formatFigure.ts';
import { flattenLikeSeed } from './originality.ts';
import type { Figure } from './schemas.ts';

/** The thresholds a chapter must meet. */
export const PROSE_LIMITS = {
  minReadingEase: 60,
  maxGrade: 8,
  maxParagraphWords: 80,
  maxWikipediaMentions: 2,
  /**
   * A sentence is a close paraphrase when at least half of its own content words (names and
   * quotations aside) follow the seed's order, and at least six do. Calibrated on the
   * standards review of 2026-12-01: it flags the sentences that review called close.
   */
  paraphraseShare: 0.5,
  paraphraseMinWords: 6,
} as const;

export interface Paragraph {
  text: string;
  /** 1-based line in the MDX file where the paragraph starts. */
  line: number;
  /** List items and quotations are exempt from the length limit. */
  exempt: boolean;
}

/** Replaces each <Fig id="…" /> with the value a reader sees in English. */
function fillFigures(line: string, figures: ReadonlyMap<string, Figure>): string {
  return line.replace(/<Fig\s+id=["']([^"']+)["']\s*\/>/g, (_, id: string) => {
    const fig = figures.get(id);
    return fig ? formatFigure(fig, 'en') : '';
  });
}

/** Removes tags, citation markers and Markdown syntax from one line of MDX. */
function plainLine(line: string): string {
  return line
    .replace(/<Cite\b[^>]*\/>/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+([.,;:!?])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The paragraphs a reader sees, in order: frontmatter, imports and headings dropped;
 * a paragraph ends at a blank line or at a tag that stands on its own line (<Step>,
 * </Note>), and each list item or quotation line is its own exempt paragraph.
 */
export function readerParagraphs(mdx: string, figures: ReadonlyMap<string, Figure>): Paragraph[] {
  const lines = mdx.split('\n');
  let start = 0;
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    start = end < 0 ? 0 : end + 1;
  }
  const out: Paragraph[] = [];
  let buffer: string[] = [];
  let bufferLine = 0;
  const flush = () => {
    const text = buffer.join(' ').trim();
    if (text) out.push({ text, line: bufferLine, exempt: false });
    buffer = [];
  };
  for (let i = start; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (!raw || /^(import|export)\s/.test(raw) || /^#{1,6}\s/.test(raw) || /^<\/?[A-Za-z][^>]*>$/.test(raw)) {
      flush();
      continue;
    }
    const listOrQuote = /^([-*+]|\d+\.|>)\s/.test(raw);
    const text = plainLine(fillFigures(raw.replace(/^([-*+]|\d+\.|>)\s+/, ''), figures));
    if (listOrQuote) {
      flush();
      if (text) out.push({ text, line: i + 1, exempt: true });
      continue;
    }
    if (!text) continue;
    if (buffer.length === 0) bufferLine = i + 1;
    buffer.push(text);
  }
  flush();
  return out;
}

/** Words as a reader counts them: runs of letters or digits (2018, 33.48, Rs1, s.20). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.map((w) => w.replace(/[.-]+$/, '')) ?? [];
}

/**
 * Sentences: a full stop, question or exclamation mark followed by a space and a capital
 * letter, a digit or an opening quote. Abbreviations that never end a sentence here
 * ("Rs.", "Dr.", "e.g.") are kept inside it. A list item or a step is its own sentence.
 */
export function sentences(text: string): string[] {
  const guarded = text.replace(/\b(Rs|Dr|Mr|Ms|Mrs|St|No|vs|e\.g|i\.e|etc)\./g, '$1\u0000');
  return guarded
    .split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\p{N}])/u)
    .map((s) => s.replaceAll('\u0000', '.').trim())
    .filter((s) => words(s).length > 0);
}

export function syllables(word: string): number {
  const digits = word.replace(/\D/g, '').length;
  if (/^[\d.,%]+$/.test(word)) return Math.max(1, digits);
  return Math.max(1, syllable(word) + digits);
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch reading ease: higher is easier; 60–70 is plain English. */
  readingEase: number;
  /** Flesch-Kincaid grade: the US school year a reader needs. */
  grade: number;
}

export function readability(paragraphs: readonly Paragraph[]): Readability {
  let w = 0;
  let s = 0;
  let syl = 0;
  for (const p of paragraphs) {
    for (const sentence of sentences(p.text)) {
      const ws = words(sentence);
      w += ws.length;
      s += 1;
      syl += ws.reduce((sum, word) => sum + syllables(word), 0);
    }
  }
  const wps = w / Math.max(1, s);
  const spw = syl / Math.max(1, w);
  return {
    words: w,
    sentences: s,
    syllables: syl,
    readingEase: Math.round((206.835 - 1.015 * wps - 84.6 * spw) * 10) / 10,
    grade: Math.round((0.39 * wps + 11.8 * spw - 15.59) * 10) / 10,
  };
}

export function wikipediaMentions(paragraphs: readonly Paragraph[]): number {
  return paragraphs.reduce((n, p) => n + (p.text.match(/\bWikipedia\b/gi)?.length ?? 0), 0);
}

/** Content words reduced to a short stem, so "harassed" and "harassment" match. */
function stems(text: string): string[] {
  // The seed lost its punctuation by deletion ("selfinterest", "singeractor"): do the same.
  return flattenLikeSeed(text.replace(/(\p{L})[-‐–](?=\p{L})/gu, '$1')).map((w) => w.slice(0, STEM));
}

/** Stem length: four letters keep "harassed" and "harassment" together. */
const STEM = 4;

/**
 * The words that are a writer's own choice: quotations (which are attributed) and names
 * (capitalised words after the first) are facts, not phrasing, and are left out.
 */
function ownWords(sentence: string): string {
  return sentence
    .replace(/"[^"]*"|“[^”]*”/g, ' ')
    .split(/\s+/)
    .filter((w, i) => i === 0 || !/^[([]?\p{Lu}/u.test(w))
    .join(' ');
}

/** Length of the longest common subsequence of two word lists. */
function lcs(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) row[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    prev = row;
  }
  return prev[b.length];
}

export interface Paraphrase {
  line: number;
  sentence: string;
  /** How many of the sentence's content words follow the seed's order, and out of how many. */
  matched: number;
  of: number;
}

/**
 * Sentences that follow the seed too closely: most of their content words occur in one
 * stretch of the seed (twice the sentence's length), in the same order.
 */
export function closeParaphrases(paragraphs: readonly Paragraph[], seedText: string): Paraphrase[] {
  const seed = stems(seedText);
  const positions = new Map<string, number[]>();
  seed.forEach((w, i) => positions.set(w, [...(positions.get(w) ?? []), i]));
  const found: Paraphrase[] = [];
  for (const p of paragraphs) {
    for (const sentence of sentences(p.text)) {
      const ours = stems(ownWords(sentence));
      if (ours.length < PROSE_LIMITS.paraphraseMinWords) continue;
      const starts = new Set<number>();
      for (const w of ours) for (const i of positions.get(w) ?? []) starts.add(Math.max(0, i - ours.length));
      let best = 0;
      for (const s of starts) best = Math.max(best, lcs(ours, seed.slice(s, s + 2 * ours.length)));
      if (best >= PROSE_LIMITS.paraphraseMinWords && best / ours.length >= PROSE_LIMITS.paraphraseShare) {
        found.push({ line: p.line, sentence, matched: best, of: ours.length });
      }
    }
  }
  return found;
}

export interface ProseReport {
  readability: Readability;
  longParagraphs: { line: number; words: number }[];
  wikipediaMentions: number;
  paraphrases: Paraphrase[];
}

export function proseReport(mdx: string, figures: ReadonlyMap<string, Figure>, seedText: string): ProseReport {
  const paragraphs = readerParagraphs(mdx, figures);
  return {
    readability: readability(paragraphs),
    longParagraphs: paragraphs
      .filter((p) => !p.exempt)
      .map((p) => ({ line: p.line, words: words(p.text).length }))
      .filter((p) => p.words > PROSE_LIMITS.maxParagraphWords),
    wikipediaMentions: wikipediaMentions(paragraphs),
    paraphrases: closeParaphrases(paragraphs, seedText),
  };
}

/** One line per way the chapter misses a threshold; empty when it meets them all. */
export function proseProblems(report: ProseReport): string[] {
  const out: string[] = [];
  const { readingEase, grade } = report.readability;
  if (readingEase < PROSE_LIMITS.minReadingEase) out.push(`Flesch reading ease ${readingEase} is below ${PROSE_LIMITS.minReadingEase}`);
  if (grade > PROSE_LIMITS.maxGrade) out.push(`grade ${grade} is above ${PROSE_LIMITS.maxGrade}`);
  for (const p of report.longParagraphs) out.push(`line ${p.line}: paragraph of ${p.words} words (at most ${PROSE_LIMITS.maxParagraphWords})`);
  if (report.wikipediaMentions > PROSE_LIMITS.maxWikipediaMentions) {
    out.push(`"Wikipedia" appears ${report.wikipediaMentions} times in the prose (at most ${PROSE_LIMITS.maxWikipediaMentions}): attribute in the citation`);
  }
  for (const p of report.paraphrases)
    out.push(`line ${p.line}: close paraphrase of the seed (${p.matched} of ${p.of} content words in its order): "${p.sentence}"`);
  return out;
}
