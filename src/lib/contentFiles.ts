/**
 * Reads the content folder straight from disk: the YAML and CSV readers Astro's loaders use
 * (src/content.config.ts), and the MDX reader of the tools that look at files before or
 * outside Astro (the content check, translation status, prose check). Node only.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface MdxFile {
  /** Path relative to the project root, e.g. content/chapters/ur/01-origins.mdx */
  path: string;
  locale: string;
  /** File name without extension, e.g. 01-origins */
  name: string;
  raw: string;
  frontmatter: unknown;
  body: string;
  /** Set when the frontmatter is not valid YAML. */
  frontmatterError?: string;
}

export function splitFrontmatter(raw: string): { yaml: string | null; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(raw);
  if (!m) return { yaml: null, body: raw };
  return { yaml: m[1], body: raw.slice(m[0].length) };
}

/** What one file of a per-language folder holds, once read. */
type Parsed = Pick<MdxFile, 'frontmatter' | 'body' | 'frontmatterError'>;

/** Every <ext> file of content/<folder>/<locale>/, in order, each read by `parse`. */
function readLocaleFolder(root: string, folder: string, ext: string, parse: (raw: string) => Parsed): MdxFile[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  const files: MdxFile[] = [];
  for (const locale of readdirSync(dir).sort()) {
    const localeDir = join(dir, locale);
    let names: string[];
    try {
      names = readdirSync(localeDir)
        .filter((n) => n.endsWith(ext))
        .sort();
    } catch {
      continue;
    }
    for (const fileName of names) {
      const full = join(localeDir, fileName);
      const raw = readFileSync(full, 'utf8');
      files.push({ path: relative(root, full).split('\\').join('/'), locale, name: fileName.slice(0, -ext.length), raw, ...parse(raw) });
    }
  }
  return files;
}

export function readMdxFolder(root: string, folder: string): MdxFile[] {
  return readLocaleFolder(root, folder, '.mdx', (raw) => {
    const { yaml, body } = splitFrontmatter(raw);
    if (yaml === null) return { frontmatter: undefined, body, frontmatterError: 'the file has no frontmatter block between --- lines' };
    try {
      return { frontmatter: parseYaml(yaml), body };
    } catch (e) {
      return { frontmatter: undefined, body, frontmatterError: `the frontmatter is not valid YAML (${(e as Error).message.split('\n')[0]})` };
    }
  });
}

/** The one YAML reader for content lists: Astro's file() loader and the content check both use it. */
export function parseYamlList(text: string): Record<string, unknown>[] {
  return parseYaml(text) as Record<string, unknown>[];
}

/** Every string in a YAML document except translation bookkeeping (status, sourceHash), one per paragraph. */
export function yamlProse(data: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown, key?: string) => {
    if (key === 'status' || key === 'sourceHash') return;
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(data);
  return out.join('\n\n');
}

/**
 * A folder of YAML files, one per language (content/selfcheck/<locale>/<name>.yaml), read
 * in the same shape as an MDX folder: the document stands for the frontmatter, and its
 * text (every string in it) for the body, so the translation and prose checks read both alike.
 */
export function readYamlFolder(root: string, folder: string): MdxFile[] {
  return readLocaleFolder(root, folder, '.yaml', (raw) => {
    try {
      const frontmatter: unknown = parseYaml(raw);
      return { frontmatter, body: yamlProse(frontmatter) };
    } catch (e) {
      return { frontmatter: undefined, body: '', frontmatterError: `the file is not valid YAML (${(e as Error).message.split('\n')[0]})` };
    }
  });
}

/** A translated folder's files, whether MDX (chapters, pages, guides) or YAML (self-checks). */
export function readTranslatedFolder(root: string, entry: { folder: string; format: 'mdx' | 'yaml' }): MdxFile[] {
  return entry.format === 'yaml' ? readYamlFolder(root, entry.folder) : readMdxFolder(root, entry.folder);
}

export function readYamlList(root: string, file: string): { path: string; data: unknown; error?: string } {
  const full = join(root, file);
  if (!existsSync(full)) return { path: file, data: [], error: 'the file is missing' };
  try {
    return { path: file, data: parseYamlList(readFileSync(full, 'utf8')) };
  } catch (e) {
    return { path: file, data: [], error: `not valid YAML (${(e as Error).message.split('\n')[0]})` };
  }
}

export function listCsvFiles(root: string, folder = 'content/data'): string[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.csv'))
    .sort()
    .map((n) => `${folder}/${n}`);
}

export function readText(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8');
}
