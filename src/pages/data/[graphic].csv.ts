/** /data/<graphic>.csv: exactly the rows a graphic draws, with their source columns. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { toCsv } from '../../lib/csv.ts';
import { columnsOf, rowsOf } from '../../site/data.ts';
import { graphicById, graphics } from '../../graphics/index.ts';
import { sourceById } from '../../site/registry.ts';

export const getStaticPaths: GetStaticPaths = () => [...graphics.keys()].map((graphic) => ({ params: { graphic } }));

async function timelineCsv(): Promise<string> {
  const events = (await getCollection('timeline')).map((e) => e.data).sort((a, b) => a.date.localeCompare(b.date));
  const rows = await Promise.all(
    events.map(async (e) => ({
      ...e,
      sources: e.sources.join('; '),
      source_urls: (await Promise.all(e.sources.map(async (s) => (await sourceById(s)).url))).join('; '),
    })),
  );
  return toCsv(['id', 'date', 'kind', 'en', 'ur', 'case', 'sources', 'source_urls'], rows);
}

export const GET: APIRoute = async ({ params }) => {
  const def = graphicById(String(params.graphic));
  const body = def.data === 'timeline' ? await timelineCsv() : await rowsOf(def.data).then((rows) => toCsv(columnsOf(rows), rows));
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
