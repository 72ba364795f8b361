/**
 * npm run i18n:new -- ur <slug>: starts a translation of an English chapter or page
 * (npm run i18n:new -- ur <slug> guide: of a chapter's classroom guide).
 * Copies content/{chapters,pages}/en/<file>.mdx to the same name under the locale's
 * folder, with status: draft, the English file's hash, and every block of text marked
 * {/* translate *\/}. Refuses to overwrite an existing translation.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale } from '../src/i18n/locales.ts';
import { chapterSlug } from '../src/lib/chapters.ts';
import { scaffoldTranslation } from '../src/lib/translationCheck.ts';
import { sourceHash } from '../src/lib/translationStatus.ts';

const [locale, slug, kind] = process.argv.slice(2);
const root = process.env.CONTENT_ROOT ?? process.cwd();
if (!isLocale(locale) || locale === 'en' || !slug) {
  console.error('Usage: npm run i18n:new -- <locale> <slug> [guide], for example: npm run i18n:new -- ur patriarchy');
  process.exit(1);
}
// A chapter and its classroom guide share a file name: add "guide" to start the guide.
const folders = kind === 'guide' ? ['content/guides'] : ['content/chapters', 'content/pages'];
const match = folders
  .flatMap((folder) => readdirSync(join(root, folder, 'en')).map((name) => ({ folder, name })))
  .find(({ name }) => name === `${slug}.mdx` || name.replace(/\.mdx$/, '') === slug || chapterSlug(name) === slug);
if (!match) {
  console.error(`No English chapter or page called "${slug}" in content/chapters/en or content/pages/en.`);
  process.exit(1);
}
const target = join(root, match.folder, locale, match.name);
if (existsSync(target)) {
  console.error(`${match.folder}/${locale}/${match.name} already exists: edit it, or delete it first to start again.`);
  process.exit(1);
}
const english = readFileSync(join(root, match.folder, 'en', match.name), 'utf8');
mkdirSync(join(root, match.folder, locale), { recursive: true });
writeFileSync(target, scaffoldTranslation(english, sourceHash(english)));
console.log(
  `Created ${match.folder}/${locale}/${match.name}. Translate each block marked {/* translate */} and delete the marker; then run npm run i18n:check.`,
);
