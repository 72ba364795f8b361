/**
 * The present mode (a chapter as slides for a projector): how its slides are cut from the
 * rendered chapter, and how the deck answers keys and swipes. Pure, so it is unit-tested.
 *
 * A graphic rendered for the present mode (src/graphics/shared/GraphicSlides.astro) marks
 * each of its slides in the HTML with a comment naming the slide's kind; the deck keeps
 * only those, so the chapter's running prose never reaches the slides.
 */

export type GraphicSlideKind = 'notice' | 'reveal' | 'step';

const KINDS: readonly GraphicSlideKind[] = ['notice', 'reveal', 'step'];

export function slideStart(kind: GraphicSlideKind): string {
  return `<!--present-slide:${kind}-->`;
}
export const SLIDE_END = '<!--/present-slide-->';
/** Put before each step's text, so a graphic can split its rendered steps apart. */
export const STEP_MARK = '<!--present-step-->';

export interface MarkedSlide {
  kind: GraphicSlideKind;
  html: string;
}

/** The slides marked in rendered HTML, in order; everything outside the marks is dropped. */
export function markedSlides(html: string): MarkedSlide[] {
  const out: MarkedSlide[] = [];
  const pattern = /<!--present-slide:(\w+)-->([\s\S]*?)<!--\/present-slide-->/g;
  for (const m of html.matchAll(pattern)) {
    const kind = m[1] as GraphicSlideKind;
    if (!KINDS.includes(kind)) throw new Error(`present mode: unknown slide kind "${m[1]}"`);
    out.push({ kind, html: m[2].trim() });
  }
  return out;
}

/** The rendered steps of a graphic, each marked with STEP_MARK, as one HTML string per step. */
export function splitSteps(html: string): string[] {
  return html
    .split(STEP_MARK)
    .slice(1)
    .map((s) => s.trim());
}

/**
 * Groups items into slides without splitting one: a slide takes items while their text
 * stays within `budget` characters (an item longer than the budget gets a slide of its own).
 */
export function chunkByLength<T>(items: readonly T[], budget: number, length: (item: T) => number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const n = length(item);
    if (current.length > 0 && used + n > budget) {
      out.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += n;
  }
  if (current.length > 0) out.push(current);
  return out;
}

export type DeckMove = 'next' | 'previous' | 'first' | 'last' | 'leave';

/**
 * What a key does in the deck. Clickers send PageDown and PageUp (some send the arrow keys),
 * so the keys mean the same in both directions of text: right and down go on, left and up
 * go back, in English and in Urdu alike. Escape leaves the deck for the chapter.
 */
export function deckMove(key: string, shift = false): DeckMove | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      return shift ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'leave';
    default:
      return null;
  }
}

/** The smallest horizontal travel, in CSS pixels, that counts as a swipe. */
export const SWIPE_MIN = 50;

/**
 * What a swipe does: a mostly horizontal stroke turns the page the way the text reads, so a
 * swipe towards the start of the line (left in English, right in Urdu) goes on.
 */
export function swipeMove(dx: number, dy: number, dir: 'ltr' | 'rtl'): 'next' | 'previous' | null {
  if (Math.abs(dx) < SWIPE_MIN || Math.abs(dx) < Math.abs(dy) * 1.5) return null;
  const towardsStart = dir === 'ltr' ? dx < 0 : dx > 0;
  return towardsStart ? 'next' : 'previous';
}

/** The slide after a move, kept within 0 … total - 1. */
export function moveTo(current: number, move: Exclude<DeckMove, 'leave'>, total: number): number {
  const last = Math.max(total - 1, 0);
  if (move === 'first') return 0;
  if (move === 'last') return last;
  return Math.min(Math.max(current + (move === 'next' ? 1 : -1), 0), last);
}

/** The slide an address points at ("#slide-3" is the third), or the first. */
export function slideFromHash(hash: string, total: number): number {
  const m = /^#slide-(\d+)$/.exec(hash);
  if (!m) return 0;
  return Math.min(Math.max(Number(m[1]) - 1, 0), Math.max(total - 1, 0));
}

/**
 * How many visible characters of a step's text fit one slide beside its chart at 28 px
 * (Nastaliq's tall lines hold fewer): measured at 1280 × 720 by tests/e2e/present.spec.ts.
 */
export const STEP_TEXT_BUDGET = { en: 300, ur: 200 } as const;

/**
 * How much of a list fits one slide at 28 px: the guide's goals, in characters, and the
 * chapter's sections, in lines (a heading longer than a line, 50 characters, counts two).
 * Measured at 1280 × 720 by tests/e2e/present.spec.ts.
 */
export const GOALS_BUDGET = 360;
export const SECTION_LINES = { en: 7, ur: 5 } as const;
export function sectionLines(heading: string): number {
  return 1 + Math.floor(heading.length / 50);
}

const VOID = new Set(['br', 'img', 'hr', 'wbr', 'input', 'source', 'meta', 'link']);

/**
 * The sentences of a step's rendered HTML, each a piece of HTML: a paragraph is cut after
 * ".", "!", "?" or the Urdu full stop "۔" followed by a space, but never inside an element
 * (a figure, a citation marker), so every piece is whole HTML. Paragraph tags are dropped.
 */
export function sentencesOf(html: string, marks = '.!?۔'): string[] {
  const paragraphs = [...html.matchAll(/<p(?:\s[^>]*)?>([\s\S]*?)<\/p>/g)].map((m) => m[1]);
  const out: string[] = [];
  for (const p of paragraphs.length > 0 ? paragraphs : [html]) {
    let depth = 0;
    let start = 0;
    for (let i = 0; i < p.length; i++) {
      const c = p[i];
      if (c === '<') {
        const end = p.indexOf('>', i);
        const tag = p.slice(i + 1, end);
        const name = /^\/?([a-zA-Z0-9-]+)/.exec(tag)?.[1]?.toLowerCase() ?? '';
        if (tag.startsWith('!--')) {
          i = p.indexOf('-->', i) + 2;
          continue;
        }
        if (tag.startsWith('/')) depth -= 1;
        else if (!tag.endsWith('/') && !VOID.has(name)) depth += 1;
        i = end;
        continue;
      }
      if (depth === 0 && marks.includes(c) && /\s/.test(p[i + 1] ?? '')) {
        out.push(p.slice(start, i + 1).trim());
        start = i + 1;
      }
    }
    const rest = p.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out.filter((s) => s.length > 0);
}

/** The length of the text a reader sees in a piece of HTML (tags and screen-reader-only text left out). */
export function visibleLength(html: string): number {
  return html
    .replace(/<span class="visually-hidden">[\s\S]*?<\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim().length;
}

/**
 * A step's text cut into pieces that each fit one slide beside its chart, at sentence ends:
 * a short step stays whole; a long one continues on a further slide with the same chart.
 */
export function stepPages(html: string, budget: number): string[] {
  if (visibleLength(html) <= budget) return [html];
  // A sentence still too long for one slide is cut at its semicolons (English ";", Urdu "؛").
  const pieces = sentencesOf(html).flatMap((s) => (visibleLength(s) > budget ? sentencesOf(s, ';؛') : [s]));
  return chunkByLength(pieces, budget, visibleLength).map((group) => `<p>${group.join(' ')}</p>`);
}
