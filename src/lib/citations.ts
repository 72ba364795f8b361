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

/** Building blocks that cite sources of their own: the help-line card and the case record. */
export interface CitingBlocks {
  /** Sources of each help line (content/helplines.yaml). */
  helplines: ReadonlyMap<string, readonly string[]>;
  /** Sources of each case (content/allegations.yaml). */
  cases: ReadonlyMap<string, readonly string[]>;
}

/**
 * A page's source list: each source once, in the order a reader first meets it, counting
 * the sources that a <Helpline id> card (not an inline number) or a <CaseStatus id> record
 * cites where that block stands.
 */
export function orderedCitations(body: string, blocks: CitingBlocks): string[] {
  const re = /<(Cite|Helpline|CaseStatus)\b([^>]*?)\bid=["']([^"']+)["']([^>]*)>/g;
  const out: string[] = [];
  for (const [, tag, before, id, after] of body.matchAll(re)) {
    if (tag === 'Cite') out.push(id);
    else if (tag === 'Helpline' && !/\binline\b/.test(before + after)) out.push(...(blocks.helplines.get(id) ?? []));
    else if (tag === 'CaseStatus') out.push(...(blocks.cases.get(id) ?? []));
  }
  return [...new Set(out)];
}
