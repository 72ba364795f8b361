/** Ids used by one MDX component in document order, e.g. every `<Cite id="…" />`. */
export function componentIds(body: string, component: string): string[] {
  const re = new RegExp(`<${component}\\b[^>]*?\\bid=["']([^"']+)["']`, 'g');
  return [...body.matchAll(re)].map((m) => m[1]);
}

/** A chapter's source list: each cited source once, in the order of its first citation. */
export function collectCitations(body: string): string[] {
  return [...new Set(componentIds(body, 'Cite'))];
}

/** The number shown in a citation marker: its position in the chapter's source list, from 1. */
export function citationNumber(ordered: readonly string[], id: string): number {
  const i = ordered.indexOf(id);
  if (i < 0) throw new Error(`Citation "${id}" is not in this chapter's source list`);
  return i + 1;
}
