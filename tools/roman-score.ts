/**
 * npm run roman:score: how well Roman-Urdu queries find the Urdu word meant, over the table of
 * real spellings in tests/fixtures/roman-urdu.tsv, against the Urdu edition's own vocabulary.
 * Prints recall, precision, how often the first candidate is right, and every miss.
 *   node tools/roman-score.ts [candidates per word]
 */
import { readFileSync } from 'node:fs';
import { buildRomanIndex, CANDIDATES, parseRomanTable, scoreRoman } from '../src/lib/romanUrdu.ts';
import { siteUrduVocabulary } from '../src/lib/siteVocabulary.ts';

const limit = Number(process.argv[2] ?? CANDIDATES);
const vocabulary = siteUrduVocabulary(process.cwd());
const index = buildRomanIndex(vocabulary);
const rows = parseRomanTable(readFileSync('tests/fixtures/roman-urdu.tsv', 'utf8'));
const score = scoreRoman(index, rows, limit);
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
console.log(
  `Vocabulary: ${vocabulary.size} Urdu words under ${Object.keys(index).length} keys; ${rows.length} spellings of ${new Set(rows.map((r) => r.urdu)).size} words; up to ${limit} candidates each.`,
);
for (const m of score.misses) console.log(`  miss: ${m.roman} → ${m.urdu} (offered: ${m.offered.join(' ') || 'nothing'})`);
console.log(
  `Recall ${pct(score.recall)} (${score.found}/${score.rows}); precision ${pct(score.precision)} (${score.found}/${score.offered} candidates); first candidate right ${pct(score.first / score.rows)}.`,
);
