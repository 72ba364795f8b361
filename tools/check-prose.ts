/**
 * npm run check:prose: how each English chapter reads, and whether our prose is our own.
 * - Chapters: Flesch reading ease at least 60, grade at most 8, no paragraph over 80 words
 *   (lists and quotations exempt), "Wikipedia" at most twice (src/lib/proseQuality.ts).
 * - Chapters, pages, guides and self-checks in English: no run of 8 words shared with the seed article
 *   and no sentence that closely paraphrases it.
 * - Every file in every language: figures typed in prose must be in content/figures.yaml.
 * Prints one table row per chapter, then one line per problem, naming the file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readTranslatedFolder } from '../src/lib/contentFiles.ts';
import { sharedRuns } from '../src/lib/originality.ts';
import { closeParaphrases, proseProblems, proseReport, readerParagraphs } from '../src/lib/proseQuality.ts';
import { unregisteredFigures } from '../src/lib/proseFigures.ts';
import type { Figure } from '../src/lib/schemas.ts';
import { TRANSLATED_FOLDERS } from '../src/lib/translatedFolders.ts';

const root = process.argv[2] ?? '.';
const seedDir = process.env.SEED_DIR ?? join(root, 'tests/fixtures/seed');
const seed = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(seedDir, f), 'utf8'))
  .join('\n');
const figureList = parse(readFileSync(join(root, 'content/figures.yaml'), 'utf8')) as Figure[];
const figures = new Map(figureList.map((f) => [f.id, f]));

const problems: string[] = [];
const rows: string[] = ['| chapter | words | Flesch | grade | paragraphs > 80 words | "Wikipedia" |', '|---|---|---|---|---|---|'];
for (const entry of TRANSLATED_FOLDERS) {
  const { folder } = entry;
  for (const file of readTranslatedFolder(root, entry)) {
    for (const f of unregisteredFigures(file.body, figureList)) problems.push(`${file.path}: figure "${f.text.trim()}" is not in content/figures.yaml`);
    if (file.locale !== 'en') continue;
    for (const r of sharedRuns(file.body, seed)) problems.push(`${file.path}: copied from the seed: "${r}"`);
    if (folder === 'content/chapters') {
      const report = proseReport(file.raw, figures, seed);
      const { readability: r } = report;
      rows.push(`| ${file.name} | ${r.words} | ${r.readingEase} | ${r.grade} | ${report.longParagraphs.length} | ${report.wikipediaMentions} |`);
      for (const p of proseProblems(report)) problems.push(`${file.path}: ${p}`);
    } else {
      for (const p of closeParaphrases(readerParagraphs(entry.format === 'yaml' ? file.body : file.raw, figures), seed)) {
        problems.push(`${file.path}: line ${p.line}: close paraphrase of the seed (${p.matched} of ${p.of} content words in its order): "${p.sentence}"`);
      }
    }
  }
}
console.log(rows.join('\n'));
for (const p of problems) console.log(p);
console.log(problems.length === 0 ? 'Prose check passed.' : `${problems.length} problem(s).`);
process.exit(problems.length === 0 ? 0 : 1);
