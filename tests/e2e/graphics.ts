/**
 * The graphics, for tests that run in Node: each src/graphics/<id>/graphic.ts, and the
 * chapter whose English text places it. Nothing here lists graphics by hand.
 */
import { globSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { GraphicDefinition } from '../../src/graphics/defineGraphic.ts';

export interface PlacedGraphic extends GraphicDefinition {
  /** The chapter's slug, e.g. "law". */
  chapter: string;
}

export async function placedGraphics(): Promise<PlacedGraphic[]> {
  const chapters = globSync('content/chapters/en/*.mdx').map((f) => ({ slug: f.replace(/^.*\/\d+-(.*)\.mdx$/, '$1'), body: readFileSync(f, 'utf8') }));
  const out: PlacedGraphic[] = [];
  for (const file of globSync('src/graphics/*/graphic.ts').sort()) {
    const def = ((await import(pathToFileURL(file).href)) as { default: GraphicDefinition }).default;
    const chapter = chapters.find((c) => new RegExp(`<${def.tag}[\\s/>]`).test(c.body));
    if (chapter) out.push({ ...def, chapter: chapter.slug });
  }
  return out;
}
