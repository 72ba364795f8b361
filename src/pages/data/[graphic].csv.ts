/** /data/<graphic>.csv: exactly the rows a graphic draws, with their source columns. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../lib/csv.ts';
import { columnsOf, rowsOf } from '../../site/data.ts';
import { graphics } from '../../site/graphics.ts';

export const getStaticPaths: GetStaticPaths = () => Object.keys(graphics).map((graphic) => ({ params: { graphic } }));

export const GET: APIRoute = async ({ params }) => {
  const def = graphics[params.graphic as keyof typeof graphics];
  const rows = await rowsOf(def.data);
  return new Response(toCsv(columnsOf(rows), rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
