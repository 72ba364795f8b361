/**
 * Subsets Noto Nastaliq Urdu (regular weight, from @fontsource, SIL OFL 1.1) to the
 * characters the site's Urdu text uses, writing src/generated/nastaliq-urdu.woff2,
 * which src/styles/urdu-font.css and the Urdu <link rel=preload> pick up (Vite hashes it).
 * The site's integration (tools/site-integration.ts) runs it before every build and dev server.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { urduCharacters } from '../src/lib/fontChars.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/**
 * Writes src/generated/nastaliq-urdu.woff2 under `root`, unless the characters it holds
 * are already the ones the text uses; returns the line it reports.
 */
export async function subsetUrduFont(root: string): Promise<string> {
  const textFiles = ['content', 'src/i18n', 'src/graphics']
    .flatMap((dir) => filesUnder(join(root, dir)))
    .filter((f) => /\.(mdx|md|ya?ml|csv|ts|svelte)$/.test(f));
  const chars = urduCharacters(textFiles.map((f) => readFileSync(f, 'utf8')));
  const out = join(root, 'src/generated/nastaliq-urdu.woff2');
  const charsFile = join(root, 'src/generated/nastaliq-urdu.chars.txt');
  if (existsSync(out) && existsSync(charsFile) && readFileSync(charsFile, 'utf8') === chars) {
    return `Urdu font: ${chars.length} characters, unchanged since the last subset`;
  }
  const source = readFileSync(join(root, 'node_modules/@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2'));
  const subset = await subsetFont(source, chars, { targetFormat: 'woff2' });
  mkdirSync(join(root, 'src/generated'), { recursive: true });
  writeFileSync(out, subset);
  writeFileSync(charsFile, chars);
  return (
    `Urdu font: ${chars.length} characters from ${textFiles.length} files; ` +
    `${(source.length / 1024).toFixed(1)} KB -> ${(subset.length / 1024).toFixed(1)} KB (woff2)`
  );
}

if (import.meta.main) console.log(await subsetUrduFont(process.cwd()));
