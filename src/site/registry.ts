/** The source registry, figures and glossary (Astro only). Unknown ids fail the build. */
import { getEntry } from 'astro:content';

export async function sourceById(id: string) {
  const entry = await getEntry('sources', id);
  if (!entry) throw new Error(`Unknown source id "${id}" (not in content/sources.yaml)`);
  return entry.data;
}

export async function figureById(id: string) {
  const entry = await getEntry('figures', id);
  if (!entry) throw new Error(`Unknown figure id "${id}" (not in content/figures.yaml)`);
  return entry.data;
}

export async function glossaryTerm(id: string) {
  const entry = await getEntry('glossary', id);
  if (!entry) throw new Error(`Unknown glossary term "${id}" (not in content/glossary.yaml)`);
  return entry.data;
}

export async function allegationById(id: string) {
  const entry = await getEntry('allegations', id);
  if (!entry) throw new Error(`Unknown case "${id}" (not in content/allegations.yaml)`);
  return entry.data;
}

export async function helplineById(id: string) {
  const entry = await getEntry('helplines', id);
  if (!entry) throw new Error(`Unknown help line "${id}" (not in content/helplines.yaml)`);
  return entry.data;
}
