/**
 * Every figure written in a chapter's prose must be in the figure registry
 * (content/figures.yaml), which is built from the verified fact sheet. Numbers shown with
 * <Fig> come from the registry by construction; this finds the ones typed as text
 * (dates, years, percentages, amounts, counts, sections) and checks each against it.
 */
import type { Figure } from './schemas.ts';

const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTHS_UR = ['جنوری', 'فروری', 'مارچ', 'اپریل', 'مئی', 'جون', 'جولائی', 'اگست', 'ستمبر', 'اکتوبر', 'نومبر', 'دسمبر'];
const MONTH = `(${[...MONTHS_EN.map((m) => m[0].toUpperCase() + m.slice(1)), ...MONTHS_UR].join('|')})`;

export interface ProseFigure {
  kind: 'date' | 'month' | 'year' | 'percent' | 'rupees' | 'code' | 'number';
  text: string;
  /** ISO date for dates and months, the number otherwise. */
  value: string | number;
}

function monthNumber(name: string): string {
  const i = MONTHS_EN.indexOf(name.toLowerCase());
  const n = i >= 0 ? i : MONTHS_UR.indexOf(name);
  return String(n + 1).padStart(2, '0');
}

/** The chapter's prose without frontmatter, imports, <Fig>/<Cite> tags, tag attributes, link targets and chapter numbers. */
export function proseOnly(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n?/, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<(Fig|Cite)\b[^>]*\/>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\b[Cc]hapters? \d+(,? (and|or|to) \d+)*/g, ' ')
    .replace(/باب \d+/g, ' ');
}

/** The figures typed in prose, in order. */
export function findProseFigures(mdx: string): ProseFigure[] {
  let text = proseOnly(mdx);
  const found: ProseFigure[] = [];
  const take = (re: RegExp, make: (m: RegExpExecArray) => ProseFigure) => {
    text = text.replace(re, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      found.push(make(m));
      return ' ';
    });
  };
  take(new RegExp(`\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b`, 'g'), (m) => ({
    kind: 'date',
    text: m[0],
    value: `${m[3]}-${monthNumber(m[2])}-${m[1].padStart(2, '0')}`,
  }));
  take(new RegExp(`${MONTH} (\\d{1,2}),? (\\d{4})\\b`, 'g'), (m) => ({
    kind: 'date',
    text: m[0],
    value: `${m[3]}-${monthNumber(m[1])}-${m[2].padStart(2, '0')}`,
  }));
  take(new RegExp(`${MONTH},? (\\d{4})\\b`, 'g'), (m) => ({ kind: 'month', text: m[0], value: `${m[2]}-${monthNumber(m[1])}` }));
  take(/Rs\.? ?(\d[\d,]*(?:\.\d+)?)( ?(?:million|billion|m|bn)\b)?/g, (m) => {
    const scale = /b/.test(m[2] ?? '') ? 1e9 : /m/.test(m[2] ?? '') ? 1e6 : 1;
    return { kind: 'rupees', text: m[0], value: Number(m[1].replace(/,/g, '')) * scale };
  });
  take(/(\d[\d,]*(?:\.\d+)?) (لاکھ|کروڑ|ارب) روپے/g, (m) => ({
    kind: 'rupees',
    text: m[0],
    value: Number(m[1].replace(/,/g, '')) * ({ لاکھ: 1e5, کروڑ: 1e7, ارب: 1e9 } as Record<string, number>)[m[2]],
  }));
  take(/(\d+(?:\.\d+)?) ?(%|percent\b|per cent\b|فیصد)/g, (m) => ({ kind: 'percent', text: m[0], value: Number(m[1]) }));
  take(/\b\d+(?:\(\d+\))?(?:-[A-Z]\b|-\d+)+|\b\d+\(\d+\)/g, (m) => ({ kind: 'code', text: m[0], value: m[0] }));
  take(/\b(1[89]\d\d|20\d\d)\b/g, (m) => ({ kind: 'year', text: m[0], value: Number(m[0]) }));
  take(/\b\d[\d,]*(?:\.\d+)?\b/g, (m) => ({ kind: 'number', text: m[0], value: Number(m[0].replace(/,/g, '')) }));
  return found;
}

/** True when the registry holds this figure. */
export function isRegistered(fig: ProseFigure, registry: readonly Figure[]): boolean {
  const num = (f: Figure) => (typeof f.value === 'number' ? f.value : Number.NaN);
  switch (fig.kind) {
    case 'date':
      return registry.some((f) => f.date === fig.value);
    case 'month':
      return registry.some((f) => f.date?.startsWith(String(fig.value)));
    case 'year':
      return registry.some((f) => f.date?.startsWith(String(fig.value)) || f.year === fig.value || num(f) === fig.value);
    case 'percent':
      return registry.some((f) => f.unit === 'percent' && (num(f) === fig.value || f.value_max === fig.value));
    case 'rupees':
      return registry.some((f) => f.unit === 'rupees' && num(f) === fig.value);
    case 'code':
      return registry.some((f) => String(f.value) === fig.value);
    case 'number':
      return registry.some((f) => num(f) === fig.value || f.value_max === fig.value || String(f.value) === String(fig.value));
  }
}

export function unregisteredFigures(mdx: string, registry: readonly Figure[]): ProseFigure[] {
  return findProseFigures(mdx).filter((f) => !isRegistered(f, registry));
}
