/**
 * Reading a page aloud with the device's own voices (Web Speech API): which voice to use,
 * which parts of the page to read, and how to cut them into utterances. No browser globals
 * here: the DOM functions take the element they read, so jsdom can test them.
 */

/** The parts of a SpeechSynthesisVoice this module reads. */
export interface VoiceLike {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/** "ur_PK" and "UR-pk" both become "ur-pk"; Android builds have reported both forms. */
function normaliseTag(tag: string): string {
  return tag.trim().replace(/_/g, '-').toLowerCase();
}

/** True when a voice's language tag is the given language ("ur-PK" for "ur"). */
export function speaksLanguage(voice: Pick<VoiceLike, 'lang'>, language: string): boolean {
  return normaliseTag(voice.lang).split('-')[0] === normaliseTag(language).split('-')[0];
}

/** Regions to prefer within a language when the device names no default voice for it. */
const preferredRegions: Record<string, readonly string[]> = {
  ur: ['ur-pk', 'ur-in'],
  en: ['en-pk', 'en-in', 'en-gb', 'en-us'],
};

/**
 * The voice to read a page in `language` with, or undefined when the device has none.
 * Only voices on the device (`localService === true`) are ever chosen: a cloud voice would
 * send the chapter's text to a server. A voice in another language is never chosen, so Urdu
 * is never read with an English voice. Among the rest: the device's default voice, then the
 * preferred regions in order, then the device's own order.
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], language: string): V | undefined {
  const usable = voices.filter((v) => v.localService === true && speaksLanguage(v, language));
  if (usable.length === 0) return undefined;
  const byDefault = usable.find((v) => v.default);
  if (byDefault) return byDefault;
  const regions = preferredRegions[normaliseTag(language).split('-')[0]] ?? [];
  for (const region of regions) {
    const found = usable.find((v) => normaliseTag(v.lang) === region);
    if (found) return found;
  }
  return usable[0];
}

/** Speeds offered to the reader (SpeechSynthesisUtterance.rate). */
export const speechRates = [0.75, 1, 1.25, 1.5] as const;

/** Collapse white space and drop the space a removed marker leaves before punctuation. */
export function tidySpeechText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ +([.,;:!?…۔،؛؟)\]])/g, '$1')
    .trim();
}

/** Words after which an English full stop does not end a sentence. */
const abbreviations = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'sr',
  'jr',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'no',
  's',
  'ss',
  'art',
  'vol',
  'p',
  'pp',
  'sec',
  'govt',
  'dept',
]);

/**
 * Split text into sentences. A sentence ends at ".", "!", "?" or "…" and at the Urdu full
 * stop "۔" and question mark "؟", with any closing quote or bracket, before a space or the
 * end. A full stop after a known abbreviation or a single capital (an initial) does not end
 * one, nor does one inside a number or a section ("1.5", "s.20").
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const end = /([.!?…۔؟]+)(["'”’»)\]]*)(\s+|$)/g;
  let start = 0;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const stop = m.index + m[1].length + m[2].length;
    if (m[1] === '.') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(start, m.index))?.[1] ?? '';
      if (abbreviations.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
    }
    const sentence = text.slice(start, stop).trim();
    if (sentence) sentences.push(sentence);
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** Break one over-long sentence at a clause mark (",", ";", ":", "،", "؛"), else at a space. */
function breakSentence(sentence: string, max: number): string[] {
  const parts: string[] = [];
  let rest = sentence;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = -1;
    for (const m of window.matchAll(/[,;:،؛](?=\s)/g)) cut = m.index + 1;
    if (cut < max / 3) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = max;
    parts.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) parts.push(rest);
  return parts;
}

/** Longest utterance, in characters: about fifteen seconds of speech at normal speed. */
export const maxUtterance = 220;

/**
 * Cut a paragraph into the utterances it is spoken in. A paragraph no longer than `max`
 * is one utterance; a longer one breaks at sentence ends, whole sentences grouped up to
 * `max`; a single sentence longer than that breaks at a clause mark or a space.
 */
export function splitUtterances(text: string, max = maxUtterance): string[] {
  const tidy = tidySpeechText(text);
  if (!tidy) return [];
  if (tidy.length <= max) return [tidy];
  const chunks: string[] = [];
  let current = '';
  for (const sentence of splitSentences(tidy).flatMap((s) => (s.length > max ? breakSentence(s, max) : [s]))) {
    if (current && current.length + 1 + sentence.length > max) {
      chunks.push(current);
      current = sentence;
    } else current = current ? `${current} ${sentence}` : sentence;
  }
  if (current) chunks.push(current);
  return chunks;
}

/**
 * What is never read aloud: citation markers ("[3]", with their hidden "Source 3"), text
 * hidden from sight (visually hidden labels, aria-hidden marks, closed popovers such as
 * glossary definitions, print-only lines, `hidden`), section links, and drawings.
 */
export const unspokenSelector = [
  '.cite',
  '.visually-hidden',
  '[aria-hidden="true"]',
  '[hidden]',
  '[popover]',
  '.print-only',
  '.section-link',
  'script',
  'style',
  'template',
  'noscript',
  'svg',
].join(',');

/** The text of an element as it is heard: what a sighted reader sees, without markers. */
export function spokenText(element: Element): string {
  let text = '';
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.matches(unspokenSelector)) continue;
        if (el.localName === 'br') text += ' ';
        else walk(el);
      }
    }
  };
  walk(element);
  return tidySpeechText(text);
}

/** Blocks that can be read: headings, paragraphs, list items, terms and definitions. */
const blockSelector = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, blockquote';

/**
 * Parts of a page that are not read: navigation and tools, source lists, the page's meta
 * line and draft notice, a chart's drawing, controls, data table and source line (its
 * title, caveat and steps are read), and anything inside a closed disclosure or hidden.
 */
const skippedSelector = [
  unspokenSelector,
  'nav',
  'table',
  'details:not([open]) > :not(summary)',
  '.listen',
  '.chapter-tools',
  '.chapter-contents',
  '.sources',
  '.cite-this',
  '.copy-status',
  '.meta',
  '.draft-notice',
  '.scrolly-graphic',
  '.scrolly-controls',
  '.graphic-data',
  '.graphic-data-list',
  '.timeline-events',
  '.graphic-source',
].join(',');

/** A readable block and the utterances it is spoken in. */
export interface SpokenBlock {
  element: Element;
  utterances: string[];
}

/**
 * The blocks of `root` to read aloud, in document order. A block that holds another block
 * (a list item with paragraphs) gives way to the inner ones; a paragraph that is only a
 * link within the page ("skip to the first section") is not read.
 */
export function spokenBlocks(root: Element, max = maxUtterance): SpokenBlock[] {
  const candidates = Array.from(root.querySelectorAll(blockSelector)).filter((el) => !el.closest(skippedSelector));
  const blocks: SpokenBlock[] = [];
  for (const el of candidates) {
    if (candidates.some((other) => other !== el && el.contains(other))) continue;
    const links = el.querySelectorAll('a[href^="#"]');
    if (links.length === 1 && tidySpeechText(links[0].textContent ?? '') === tidySpeechText(el.textContent ?? '')) continue;
    const utterances = splitUtterances(spokenText(el), max);
    if (utterances.length > 0) blocks.push({ element: el, utterances });
  }
  return blocks;
}

/** Where the reader is: which block, and which utterance in it. */
export interface SpeechPosition {
  block: number;
  utterance: number;
}

/** The position after the current utterance, or undefined at the end of the page. */
export function nextUtterance(blocks: readonly SpokenBlock[], at: SpeechPosition): SpeechPosition | undefined {
  if (at.utterance + 1 < (blocks[at.block]?.utterances.length ?? 0)) return { block: at.block, utterance: at.utterance + 1 };
  return nextBlock(blocks, at);
}

/** The start of the next block, or undefined when this is the last. */
export function nextBlock(blocks: readonly SpokenBlock[], at: SpeechPosition): SpeechPosition | undefined {
  return at.block + 1 < blocks.length ? { block: at.block + 1, utterance: 0 } : undefined;
}
