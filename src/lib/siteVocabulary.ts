/**
 * The Urdu edition's own words, with how often each occurs: the Urdu chapters, pages and
 * classroom guides, the Urdu side of the registers (content/*.yaml, leaving out the
 * renderings the glossary lists under `avoid`), and the Urdu interface strings. Read at build
 * time for the Roman-Urdu index (src/pages/ur/roman-index.json.ts) and by npm run roman:score.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readText, readYamlList } from './contentFiles.ts';
import { countWords } from './romanUrdu.ts';

const FOLDERS = ['content/chapters/ur', 'content/pages/ur', 'content/guides/ur'];
const REGISTERS = ['glossary.yaml', 'allegations.yaml', 'timeline.yaml', 'helplines.yaml', 'figures.yaml', 'sources.yaml'];

/** Every string in a parsed YAML value, except under an `avoid` key. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => (key === 'avoid' ? [] : strings(v)));
  }
  return [];
}

export function siteUrduTexts(root: string): string[] {
  const texts: string[] = [];
  for (const folder of FOLDERS) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.mdx')) texts.push(readText(root, `${folder}/${name}`));
  }
  for (const file of REGISTERS) texts.push(...strings(readYamlList(root, `content/${file}`).data));
  texts.push(readText(root, 'src/i18n/ur.ts'));
  return texts;
}

/** Each Urdu word of the site and how many times it occurs. */
export function siteUrduVocabulary(root: string): Map<string, number> {
  return countWords(siteUrduTexts(root));
}
