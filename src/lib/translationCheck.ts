/**
 * Checks that keep a translation whole: the same building blocks as its English source
 * (citations in the same order, the same figures, key terms, notes, graphics and steps),
 * each key term in its agreed Urdu form, no text left marked for translation, and no
 * letters or digits from an Arabic keyboard.
 */
import { componentIds } from './citations.ts';
import type { GlossaryTerm } from './schemas.ts';

export interface TranslationProblem {
  file: string;
  field: string;
  message: string;
}

/** The marker the scaffold (npm run i18n:new) puts before every block of English to translate. */
export const TRANSLATE_MARKER = '{/* translate */}';

/** Tags whose order and count must match between a chapter and its translation. */
const BLOCK_TAGS = /<([A-Z][A-Za-z]*)\b/g;

/** The sequence of component tags in a body: <Cite>, <Fig>, <Step>, <Note>, graphics… */
export function componentSequence(body: string): string[] {
  return [...body.matchAll(BLOCK_TAGS)].map((m) => m[1]);
}

function diffList(a: string[], b: string[]): string | null {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `at position ${i + 1}: the English has ${a[i] ?? 'nothing'}, the translation has ${b[i] ?? 'nothing'}`;
  }
  return null;
}

/** Harakat and tatweel, which may or may not be written. */
const MARKS = /[\u064B-\u065F\u0670\u0640]/g;
export const withoutMarks = (s: string) => s.replace(MARKS, '');

/** Letters an Arabic keyboard types where Urdu has its own: ك ي ى ه ة, and Arabic-Indic or Urdu digits. */
const ARABIC_LETTERS: Record<string, string> = {
  '\u0643': 'ک (keheh) instead of ك',
  '\u064A': 'ی (Farsi yeh) instead of ي',
  '\u0649': 'ی instead of ى',
  '\u0647': 'ہ or ھ instead of Arabic ه',
  '\u0629': 'ۃ or ت instead of ة',
};

/** The words inside each <KeyTerm id="…">…</KeyTerm> of a body. */
export function keyTermTexts(body: string, id: string): string[] {
  const re = new RegExp(`<KeyTerm\\s+id=["']${id}["']\\s*>([\\s\\S]*?)</KeyTerm>`, 'g');
  return [...body.matchAll(re)].map((m) => m[1].trim());
}

/**
 * Renderings the glossary decided against (`ur.avoid`), anywhere in an Urdu text: one term
 * is translated one way. Matched as whole words, with harakat ignored.
 */
export function avoidedTerms(file: string, text: string, glossary: Map<string, GlossaryTerm>): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const lines = withoutMarks(text).split('\n');
  for (const term of glossary.values()) {
    for (const avoid of term.ur.avoid ?? []) {
      const re = new RegExp(`(^|[^\\p{L}])${withoutMarks(avoid).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
      lines.forEach((raw, i) => {
        const line = (term.ur.allow ?? []).reduce((l, phrase) => l.split(withoutMarks(phrase)).join(' '), raw);
        if (re.test(line)) problems.push({ file, field: `line ${i + 1}`, message: `"${avoid}": the glossary's term for ${term.en.term} is "${term.ur.term}"` });
      });
    }
  }
  return problems;
}

export function urduLint(file: string, text: string): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  text.split('\n').forEach((line, i) => {
    for (const [ch, advice] of Object.entries(ARABIC_LETTERS)) {
      if (line.includes(ch)) problems.push({ file, field: `line ${i + 1}`, message: `Arabic-keyboard letter: write ${advice}` });
    }
    if (/[۰-۹٠-٩]/.test(line)) problems.push({ file, field: `line ${i + 1}`, message: 'Urdu or Arabic-Indic digits: the site writes numbers with 0-9' });
  });
  return problems;
}

export function checkTranslation(
  english: { path: string; body: string },
  translation: { path: string; raw: string; body: string },
  glossary: Map<string, GlossaryTerm>,
): TranslationProblem[] {
  const file = translation.path;
  const problems: TranslationProblem[] = [];
  const citeDiff = diffList(componentIds(english.body, 'Cite'), componentIds(translation.body, 'Cite'));
  if (citeDiff) problems.push({ file, field: '<Cite>', message: `citations differ from ${english.path} ${citeDiff}` });
  const figA = componentIds(english.body, 'Fig').sort();
  const figB = componentIds(translation.body, 'Fig').sort();
  const figDiff = diffList(figA, figB);
  if (figDiff) problems.push({ file, field: '<Fig>', message: `figures differ from ${english.path} (sorted) ${figDiff}` });
  const tags = (s: string) => componentSequence(s).filter((t) => t !== 'Cite' && t !== 'Fig' && t !== 'KeyTerm');
  const tagDiff = diffList(tags(english.body), tags(translation.body));
  if (tagDiff) problems.push({ file, field: 'components', message: `building blocks differ from ${english.path} ${tagDiff}` });
  for (const id of new Set(componentIds(english.body, 'KeyTerm'))) {
    const term = glossary.get(id);
    if (!term) continue;
    const marked = keyTermTexts(translation.body, id);
    const agreed = withoutMarks(term.ur.term).replace(/\s*\(.*\)$/, '');
    if (marked.length === 0) {
      problems.push({ file, field: `<KeyTerm id="${id}">`, message: 'is marked in the English chapter but not in the translation' });
    } else if (!marked.some((text) => withoutMarks(text).includes(agreed))) {
      problems.push({ file, field: `<KeyTerm id="${id}">`, message: `use the glossary's Urdu term "${term.ur.term}" (found "${marked[0]}")` });
    }
  }
  problems.push(...avoidedTerms(file, translation.raw, glossary));
  if (translation.raw.includes(TRANSLATE_MARKER)) {
    const count = translation.raw.split(TRANSLATE_MARKER).length - 1;
    problems.push({ file, field: 'text', message: `${count} block${count === 1 ? '' : 's'} still marked ${TRANSLATE_MARKER}` });
  }
  problems.push(...urduLint(file, translation.raw));
  return problems;
}

/**
 * UI keys a source file uses as string literals: in calls of t, tr and template, and in a
 * graphic's definition (defineGraphic), whose `strings` prefix is joined to its title,
 * description, caveat and each of its labels.
 */
export function usedUiKeys(source: string): string[] {
  const keys = new Set<string>();
  for (const m of source.matchAll(/\b(?:t|tr|template)\(\s*(?:[a-zA-Z]+\s*,\s*)?'([a-z][\w]*(?:\.[\w-]+)+)'/g)) keys.add(m[1]);
  const graphic = /defineGraphic\(\{([\s\S]*?)\}\);/.exec(source)?.[1];
  const prefix = graphic && /strings:\s*'([^']+)'/.exec(graphic)?.[1];
  if (graphic && prefix) {
    keys.add(`${prefix}.title`).add(`${prefix}.description`);
    if (/caveat:\s*true/.test(graphic)) keys.add(`${prefix}.caveat`);
    for (const k of (/labels:\s*\[([^\]]*)\]/.exec(graphic)?.[1] ?? '').matchAll(/'([\w-]+)'/g)) keys.add(`${prefix}.${k[1]}`);
  }
  return [...keys];
}

/** Every locale has every English key, none empty, and every key used in code exists everywhere. */
export function checkDictionaries(dictionaries: Record<string, Record<string, string>>, used: { file: string; key: string }[]): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const en = dictionaries.en;
  for (const [locale, dict] of Object.entries(dictionaries)) {
    for (const key of Object.keys(en)) if (!dict[key]) problems.push({ file: `src/i18n/${locale}.ts`, field: key, message: 'is missing or empty' });
    for (const key of Object.keys(dict)) if (!(key in en)) problems.push({ file: `src/i18n/${locale}.ts`, field: key, message: 'is not an English key' });
    for (const { file, key } of used) {
      if (!(key in dict)) problems.push({ file, field: key, message: `is used here but missing from src/i18n/${locale}.ts` });
    }
  }
  return problems;
}

/**
 * A translation scaffold from an English chapter or page: the frontmatter with the
 * translation's status and source hash, and every line of text preceded by the
 * translate marker, so nothing is forgotten (npm run i18n:check counts the markers).
 */
export function scaffoldTranslation(englishRaw: string, hash: string): string {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(englishRaw);
  if (!m) throw new Error('The English file has no frontmatter');
  const [, yaml, body] = m;
  const fm = yaml
    .split('\n')
    .filter((l) => !/^(status|sourceHash):/.test(l))
    .map((l) => (/^(title|summary|contentNote|time|ages):/.test(l) || /^ {2}- /.test(l) ? `# translate the next line\n${l}` : l));
  fm.push('status: draft', `sourceHash: "${hash}"`);
  const tagOnly = /^\s*<\/?[A-Z][A-Za-z]*(\s+[a-z]+="[^"]*")*\s*\/?>\s*$/;
  const lines = body.split('\n').map((line) => {
    if (line.trim() === '' || (tagOnly.test(line) && !/title="/.test(line))) return line;
    if (/^\s*(import|export)\s/.test(line)) return line;
    const indent = /^\s*/.exec(line)![0];
    return `${indent}${TRANSLATE_MARKER}\n${line}`;
  });
  return `---\n${fm.join('\n')}\n---\n${lines.join('\n')}`;
}
