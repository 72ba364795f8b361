/** Which chapter each graphic appears in, read from the chapters themselves (Astro only). */
import { getCollection } from 'astro:content';
import { parseChapterId } from '../lib/chapters.ts';
import { graphics } from '../graphics/index.ts';

export async function chapterOfGraphic(): Promise<Map<string, { slug: string; title: string; order: number }>> {
  const places = new Map<string, { slug: string; title: string; order: number }>();
  for (const entry of await getCollection('chapters')) {
    const { locale, slug } = parseChapterId(entry.id);
    if (locale !== 'en') continue;
    for (const def of graphics.values()) {
      if (new RegExp(`<${def.tag}[\\s/>]`).test(entry.body ?? '')) places.set(def.id, { slug, title: entry.data.title, order: entry.data.order });
    }
  }
  return places;
}
