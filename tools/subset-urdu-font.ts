/**
 * Subsets Noto Nastaliq Urdu (regular weight, from @fontsource, SIL OFL 1.1) to the
 * characters the site's Urdu text uses, writing src/generated/nastaliq-urdu.woff2,
 * which src/styles/urdu-font.css and the Urdu <link rel=preload> pick up (Vite hashes it).
 */
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { urduCharacters } from '../src/lib/fontChars.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const textFiles = [...filesUnder('content'), ...filesUnder('src/i18n'), ...filesUnder('src/graphics')].filter((f) =>
  /\.(mdx|md|ya?ml|csv|ts|svelte)$/.test(f),
);
const chars = urduCharacters(textFiles.map((f) => readFileSync(f, 'utf8')));
const source = readFileSync('node_modules/@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2');
const subset = await subsetFont(source, chars, { targetFormat: 'woff2' });
mkdirSync('src/generated', { recursive: true });
writeFileSync('src/generated/nastaliq-urdu.woff2', subset);
console.log(
  `Urdu font: ${chars.length} characters from ${textFiles.length} files; ` +
    `${(source.length / 1024).toFixed(1)} KB -> ${(subset.length / 1024).toFixed(1)} KB (woff2)`,
);
