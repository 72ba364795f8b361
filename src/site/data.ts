/** Rows of content/data, for graphics and their CSV downloads (Astro only). */
import { getCollection, type CollectionEntry } from 'astro:content';

export type DataEntry = CollectionEntry<'data'>['data'];

/** Columns added by the loader, not part of the published file. */
const INTERNAL = new Set(['file', 'position']);

export async function rowsOf(file: string): Promise<DataEntry[]> {
  const rows = (await getCollection('data', (e) => e.data.file === file)).map((e) => e.data).sort((a, b) => a.position - b.position);
  if (rows.length === 0) throw new Error(`content/data/${file}.csv: file: has no rows, or does not exist`);
  return rows;
}

/** The published columns of a data file, in the order of its header. */
export function columnsOf(rows: DataEntry[]): string[] {
  return Object.keys(rows[0]).filter((k) => !INTERNAL.has(k));
}
