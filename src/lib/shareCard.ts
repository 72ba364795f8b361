/**
 * The picture a reader downloads or shares for one chart (issue 14): its text and its
 * layout, with no browser in sight so both are unit-tested. The browser
 * (src/browser/shareChart.ts) measures text with the canvas it draws on and passes that
 * measure in; this file decides what is written, in which order, where, and how it wraps.
 *
 * From top to bottom: the chapter, the chart's title, its finding, the chart, its source
 * and year, and the address of the chart's section on the site. Right to left in Urdu,
 * in Nastaliq (which needs about twice the line height of Latin type).
 */
/** The picture is always this wide, the width social apps show without scaling. */
export const CARD_WIDTH = 1080;
/** The chart is laid out at the width it has on a wide screen (.scrolly-graphic: 26rem). */
export const CHART_LAYOUT_WIDTH = 416;

export type CardRole = 'chapter' | 'title' | 'finding' | 'source' | 'address';
export const CARD_ROLES: readonly CardRole[] = ['chapter', 'title', 'finding', 'source', 'address'];

/** What the picture says, already in the page's language. Made at build time (GraphicFrame). */
export interface CardText {
  lang: string;
  dir: 'ltr' | 'rtl';
  chapter: string;
  title: string;
  finding: string;
  source: string;
  address: string;
  /** The link a share without a file carries: the chart's section on the page. */
  url: string;
  fileName: string;
}

export interface CardFacts {
  dir: 'ltr' | 'rtl';
  lang: string;
  /** "Chapter 6: Online", already worded for the language. */
  chapter: string;
  /** The chart's name (data.name.<id>). */
  title: string;
  /** The finding, as the chart's title states it on the page. */
  finding: string;
  /** "Source: Digital Rights Foundation, 2024", already worded. */
  source: string;
  /** The absolute URL of the chart's section, e.g. https://example.org/chapters/online/#graphic-helpline. */
  url: string;
  graphicId: string;
}

/** How a source line reads: "Source: DRF, 2024" or "Sources: A, 2019, B, 2020", as under the chart on the page. */
export function sourceLine(label: string, sources: { publisher: string; year: string }[], comma: string): string {
  return `${label}: ${sources.map((s) => `${s.publisher}${comma}${s.year}`).join(comma)}`;
}

/** The address as a reader would type it: no scheme, no trailing noise. */
export function displayAddress(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

/**
 * The card's text. Strings from the dictionaries already isolate their Latin runs in
 * right-to-left languages (src/i18n); the address is isolated here as one run, so its
 * slashes stay where they are.
 */
export function cardText(facts: CardFacts): CardText {
  const rtl = facts.dir === 'rtl';
  return {
    lang: facts.lang,
    dir: facts.dir,
    chapter: facts.chapter,
    title: facts.title,
    finding: facts.finding,
    source: facts.source,
    address: rtl ? `\u2066${displayAddress(facts.url)}\u2069` : displayAddress(facts.url),
    url: facts.url,
    fileName: `${facts.graphicId}-${facts.lang}.png`,
  };
}

/** One role's type: size in px at the card's full width, weight, line height as a multiple of the size. */
export interface RoleType {
  size: number;
  weight: 400 | 700;
  lineHeight: number;
}

export interface CardType {
  family: string;
  roles: Record<CardRole, RoleType>;
  /** Where the baseline sits below the middle of a line box, as a share of the size. */
  baseline: number;
}

const LATIN_ROLES: Record<CardRole, RoleType> = {
  chapter: { size: 28, weight: 700, lineHeight: 1.35 },
  title: { size: 46, weight: 700, lineHeight: 1.2 },
  finding: { size: 36, weight: 400, lineHeight: 1.35 },
  source: { size: 27, weight: 400, lineHeight: 1.4 },
  address: { size: 27, weight: 700, lineHeight: 1.4 },
};
/** Nastaliq has one weight and tall stacks of letters: no bold, and room between lines. */
const NASTALIQ_ROLES: Record<CardRole, RoleType> = {
  chapter: { size: 27, weight: 400, lineHeight: 2 },
  title: { size: 42, weight: 400, lineHeight: 2 },
  finding: { size: 33, weight: 400, lineHeight: 2.1 },
  source: { size: 26, weight: 400, lineHeight: 2.1 },
  address: { size: 26, weight: 400, lineHeight: 2 },
};

/** The type for a card, given the page's font stacks (the UI stack, and Nastaliq's in Urdu). */
export function cardType(dir: 'ltr' | 'rtl', family: string): CardType {
  return dir === 'rtl' ? { family, roles: NASTALIQ_ROLES, baseline: 0.28 } : { family, roles: LATIN_ROLES, baseline: 0.35 };
}

/** A CSS font shorthand, for the canvas and for measuring. */
export function cssFont(type: RoleType, family: string): string {
  return `${type.weight} ${type.size}px ${family}`;
}

/** Width of `text` in px when set in `font`: the canvas's measureText in the browser. */
export type Measure = (text: string, font: string) => number;

/**
 * Breaks text into lines no wider than `max`, at spaces. A word wider than a line on its
 * own (an address) breaks after a slash, a hyphen or a #, or else between characters.
 */
export function wrapText(text: string, max: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const pieces = (word: string): string[] => {
    if (measure(word) <= max) return [word];
    const byMark = word.split(/(?<=[/\-#])/);
    const tokens = byMark.length > 1 ? byMark : [...word];
    const out: string[] = [];
    let cur = '';
    for (const token of tokens) {
      if (cur && measure(cur + token) > max) {
        out.push(cur);
        cur = '';
      }
      if (!cur && token.length > 1 && measure(token) > max) {
        const split = pieces(token);
        out.push(...split.slice(0, -1));
        cur = split.at(-1)!;
      } else cur += token;
    }
    if (cur) out.push(cur);
    return out;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= max) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    const parts = pieces(word);
    lines.push(...parts.slice(0, -1));
    line = parts.at(-1)!;
  }
  if (line) lines.push(line);
  return lines;
}

const OPENERS = new Set(['\u2066', '\u2067', '\u2068']);
const PDI = '\u2069';

/**
 * Each wrapped line is drawn on its own, so a left-to-right isolate that a line break cuts
 * ("Digital | Rights Foundation") is closed at the end of its first line and opened again
 * at the start of the next; otherwise the rest of an Urdu line runs the wrong way.
 */
export function balanceIsolates(lines: string[]): string[] {
  let open: string[] = [];
  return lines.map((line) => {
    const text = open.join('') + line;
    const stack: string[] = [];
    for (const ch of text) {
      if (OPENERS.has(ch)) stack.push(ch);
      else if (ch === PDI) stack.pop();
    }
    open = stack;
    return text + PDI.repeat(stack.length);
  });
}

export interface CardLine {
  role: CardRole;
  text: string;
  /** The line's start edge: its left in left-to-right text, its right in right-to-left. */
  x: number;
  /** The baseline. */
  y: number;
  font: string;
  align: 'left' | 'right';
}

export interface CardLayout {
  width: number;
  height: number;
  padding: number;
  lines: CardLine[];
  /** Where the chart goes and how much it is scaled from its layout width. */
  chart: { x: number; y: number; width: number; height: number; scale: number };
  /** The rule above the source, across the text column. */
  rule: { y: number };
}

const PADDING = 64;
const GAP = { afterChapter: 8, afterTitle: 12, beforeChart: 36, afterChart: 36, afterRule: 20, bottom: 52 };

/**
 * Lays the card out: every line of text with its position and font, the chart's box, and
 * the picture's height (it grows with the text and the chart; the width is fixed).
 * `chartSize` is the chart's size in CSS px when laid out CHART_LAYOUT_WIDTH wide.
 */
export function layoutCard(text: CardText, type: CardType, measure: Measure, chartSize: { width: number; height: number }, width = CARD_WIDTH): CardLayout {
  const inner = width - 2 * PADDING;
  const rtl = text.dir === 'rtl';
  const x = rtl ? width - PADDING : PADDING;
  const align = rtl ? 'right' : 'left';
  const lines: CardLine[] = [];
  let y = PADDING;
  const block = (role: CardRole) => {
    const t = type.roles[role];
    const font = cssFont(t, type.family);
    const box = t.size * t.lineHeight;
    for (const line of balanceIsolates(wrapText(text[role], inner, (s) => measure(s, font)))) {
      lines.push({ role, text: line, x, y: Math.round(y + box / 2 + t.size * type.baseline), font, align });
      y += box;
    }
  };
  block('chapter');
  y += GAP.afterChapter;
  block('title');
  y += GAP.afterTitle;
  block('finding');
  y += GAP.beforeChart;
  const scale = Math.min(inner / chartSize.width, 2.6);
  const chartWidth = chartSize.width * scale;
  const chart = {
    x: Math.round((width - chartWidth) / 2),
    y: Math.round(y),
    width: Math.round(chartWidth),
    height: Math.round(chartSize.height * scale),
    scale,
  };
  y += chart.height + GAP.afterChart;
  const rule = { y: Math.round(y) };
  y += GAP.afterRule;
  block('source');
  block('address');
  y += GAP.bottom;
  return { width, height: Math.ceil(y), padding: PADDING, lines, chart, rule };
}
