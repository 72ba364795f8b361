/** The source list of a chapter, page or guide body, with the sources its building blocks cite (Astro only). */
import { getCollection } from 'astro:content';
import { orderedCitations } from '../lib/citations.ts';

export async function pageCitations(body: string): Promise<string[]> {
  const [helplines, cases] = await Promise.all([getCollection('helplines'), getCollection('allegations')]);
  return orderedCitations(body, {
    helplines: new Map(helplines.map((h) => [h.id, h.data.sources])),
    cases: new Map(cases.map((c) => [c.id, c.data.sources])),
  });
}
