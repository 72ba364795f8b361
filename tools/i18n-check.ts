/**
 * npm run i18n:check: the translation of the site is whole.
 *  - UI dictionaries: every locale has every key, none empty, and every key the code uses exists;
 *  - each translated chapter and page has the same citations, figures, key terms and building
 *    blocks as its English source (a self-check: the same questions, choices and answers), uses the glossary's Urdu terms, and has no text left to translate;
 *  - Urdu text has no Arabic-keyboard letters and no Urdu digits.
 * One line per problem, naming the file and the field.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { dictionaries } from '../src/i18n/index.ts';
import { readTranslatedFolder } from '../src/lib/contentFiles.ts';
import { selfcheckTranslationProblems } from '../src/lib/selfcheck.ts';
import { avoidedTerms, checkDictionaries, checkTranslation, urduLint, usedUiKeys, type TranslationProblem } from '../src/lib/translationCheck.ts';
import type { GlossaryTerm } from '../src/lib/schemas.ts';
import { TRANSLATED_FOLDERS } from '../src/lib/translatedFolders.ts';

const root = process.argv[2] ?? process.cwd();
const problems: TranslationProblem[] = [];

// 1. Dictionaries
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const f = join(dir, n);
    return statSync(f).isDirectory() ? sourceFiles(f) : /\.(astro|ts|svelte)$/.test(n) ? [f] : [];
  });
}
const used = sourceFiles(join(root, 'src')).flatMap((file) =>
  usedUiKeys(readFileSync(file, 'utf8')).map((key) => ({ file: file.slice(root.length + 1), key })),
);
problems.push(...checkDictionaries(dictionaries as Record<string, Record<string, string>>, used));

// 2. Chapters, pages, guides and self-checks
const glossaryList = parse(readFileSync(join(root, 'content/glossary.yaml'), 'utf8')) as GlossaryTerm[];
const glossary = new Map(glossaryList.map((g) => [g.id, g]));
for (const entry of TRANSLATED_FOLDERS) {
  const files = readTranslatedFolder(root, entry);
  for (const tr of files.filter((f) => f.locale !== 'en')) {
    const en = files.find((f) => f.locale === 'en' && f.name === tr.name);
    if (!en) continue; // the content check reports translations without a source
    problems.push(...checkTranslation(en, tr, glossary));
    if (entry.kind === 'selfcheck') problems.push(...selfcheckTranslationProblems(en, tr));
  }
}

// 3. Urdu in the registers and the glossary
for (const file of ['content/glossary.yaml', 'content/allegations.yaml', 'content/timeline.yaml', 'content/helplines.yaml']) {
  problems.push(...urduLint(file, readFileSync(join(root, file), 'utf8')));
}

// 4. Terms decided against, in every Urdu text outside the chapters: registers, UI strings, chart tables
const urduOnly = (text: string) =>
  text
    .split('\n')
    .map((l) => (/[\u0600-\u06FF]/.test(l) ? l : ''))
    .join('\n');
for (const file of [
  'content/allegations.yaml',
  'content/timeline.yaml',
  'content/helplines.yaml',
  'src/i18n/ur.ts',
  ...readdirSync(join(root, 'content/data')).map((n) => `content/data/${n}`),
]) {
  problems.push(...avoidedTerms(file, urduOnly(readFileSync(join(root, file), 'utf8')), glossary));
}
// The glossary itself: the avoided words stand in its `avoid` lists, so only its terms and definitions count.
for (const term of glossaryList)
  problems.push(...avoidedTerms('content/glossary.yaml', `${term.ur.term}\n${term.ur.definition}`, glossary).map((p) => ({ ...p, field: `entry ${term.id}` })));

for (const p of problems) console.error(`${p.file}: ${p.field}: ${p.message}`);
if (problems.length > 0) {
  console.error(`Translation check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}.`);
  process.exit(1);
}
console.log('Translation check passed: dictionaries complete, translations match their sources, Urdu text clean.');
