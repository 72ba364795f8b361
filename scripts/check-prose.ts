/**
 * npm run check:prose: for each chapter and page, runs of 8 words shared with the seed
 * article (English only: our prose must be our own), and figures typed in prose that
 * the figure registry does not hold.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readMdxFolder } from '../src/lib/contentFiles.ts';
import { sharedRuns } from '../src/lib/originality.ts';
import { unregisteredFigures } from '../src/lib/proseFigures.ts';
import type { Figure } from '../src/lib/schemas.ts';

const seedDir = process.env.SEED_DIR ?? 'tests/fixtures/seed';
const seed = readdirSync(seedDir).map((f) => readFileSync(join(seedDir, f), 'utf8')).join('\n');
const figures = parse(readFileSync('content/figures.yaml', 'utf8')) as Figure[];
let problems = 0;
for (const file of [...readMdxFolder('.', 'content/chapters'), ...readMdxFolder('.', 'content/pages')]) {
  const runs = file.locale === 'en' ? sharedRuns(file.body, seed) : [];
  const figs = unregisteredFigures(file.body, figures);
  for (const r of runs) console.log(`${file.path}: copied from the seed: "${r}"`);
  for (const f of figs) console.log(`${file.path}: figure "${f.text.trim()}" is not in content/figures.yaml`);
  problems += runs.length + figs.length;
}
console.log(problems === 0 ? 'Prose check passed.' : `${problems} problem(s).`);
process.exit(problems === 0 ? 0 : 1);
