/**
 * What a search result shows: the section of the page where the query matches most (from
 * Pagefind's sub-results, which follow the page's headings with ids), with that section's
 * heading and its link, which carries the words to highlight on arrival.
 */

/** The URL parameter that carries the query words to the page (Pagefind's highlightParam). */
export const HIGHLIGHT_PARAM = 'highlight';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  anchor?: { element: string; id: string };
}

export interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}

export interface ShownResult {
  /** The section's address (with #anchor) or the page's. */
  url: string;
  page: string;
  /** The section's heading, when the match is under one. */
  section?: string;
  excerpt: string;
}

/** The section with the most matches (the first of equals), or the page itself. */
export function shownResult(result: PagefindResult): ShownResult {
  const page = result.meta.title ?? result.url;
  const best = (result.sub_results ?? []).reduce<PagefindSubResult | undefined>(
    (a, b) => (!a || (b.locations?.length ?? 0) > (a.locations?.length ?? 0) ? b : a),
    undefined,
  );
  if (!best) return { url: result.url, page, excerpt: result.excerpt };
  const section = best.anchor && best.title.trim() !== page.trim() ? best.title : undefined;
  return { url: best.url, page, section, excerpt: best.excerpt };
}
