/** Fails with one line per problem, naming the file and the field, when any content file is bad. */
import { freshnessFromEnv } from '../src/lib/freshness.ts';
import { formatProblem, validateContent } from '../src/lib/validateContent.ts';

const root = process.argv[2] ?? process.cwd();
const { problems, index } = validateContent(root, freshnessFromEnv(process.env));
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}. Nothing was built.`);
  process.exit(1);
}
console.log(
  `Content check passed: ${index.chapters.length} chapter files, ${index.pages.length} page files, ` +
    `${index.sources.size} sources, ${index.figures.size} figures, ${index.glossary.size} glossary terms, ${index.dataFiles.length} data files, ` +
    `${index.checkedFacts.length} dated facts (run npm run due to see when each falls due).`,
);
