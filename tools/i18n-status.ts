/**
 * npm run i18n:status: for every chapter and page, per language, whether its
 * translation is up to date, outdated (the English changed since), or missing.
 * Prints the hash an up-to-date translation records in its `sourceHash`.
 */
import { siteTranslationStatus } from '../src/lib/siteTranslationStatus.ts';

const root = process.argv[2] ?? process.cwd();
const rows = siteTranslationStatus(root);
const header = ['kind', 'file', 'lang', 'state', 'review', 'English hash'];
const table = rows.map((r) => [r.kind, r.name, r.locale, r.state, r.status ?? '-', r.currentHash]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));
const count = (s: string) => rows.filter((r) => r.state === s).length;
console.log(`\n${count('up to date')} up to date, ${count('outdated')} outdated, ${count('missing')} missing.`);
if (count('outdated') > 0) console.log('An outdated translation records an old English hash: update the text, then copy the new hash into its sourceHash.');
