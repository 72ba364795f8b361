/** Which chapter each graphic appears in, read from the chapters themselves (Astro only). */
import { getCollection } from 'astro:content';
import { parseChapterId } from '../lib/chapters.ts';
import { graphics, type GraphicId } from './graphics.ts';

export async function chapterOfGraphic(): Promise<Map<GraphicId, { slug: string; title: string; order: number }>> {
  const places = new Map<GraphicId, { slug: string; title: string; order: number }>();
  for (const entry of await getCollection('chapters')) {
    const { locale, slug } = parseChapterId(entry.id);
    if (locale !== 'en') continue;
    for (const [id, def] of Object.entries(graphics) as [GraphicId, (typeof graphics)[GraphicId]][]) {
      if (new RegExp(`<${def.tag}[\\s/>]`).test(entry.body ?? '')) places.set(id, { slug, title: entry.data.title, order: entry.data.order });
    }
  }
  return places;
}
