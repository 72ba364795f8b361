/**
 * On arrival from a search result (the address carries ?highlight=word), mark the query words
 * in the page's text with Pagefind's own highlight script (pagefind/pagefind-highlight.js, from
 * this site) and bring the first match in the linked section into view. The script loads only
 * then. Afterwards the words leave the address bar, so the history entry and a shared link do
 * not carry the query.
 */
import { HIGHLIGHT_PARAM } from '../lib/searchResults.ts';

type Highlighter = new (options: Record<string, unknown>) => unknown;

export function installSearchHighlight(doc: Document, base: string): void {
  const url = new URL(doc.location.href);
  if (!url.searchParams.getAll(HIGHLIGHT_PARAM).some((w) => w.trim())) return;
  import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`)
    .then(({ default: PagefindHighlight }: { default: Highlighter }) => {
      new PagefindHighlight({
        highlightParam: HIGHLIGHT_PARAM,
        // Its own styles come as an inline <style>, which the site's CSP refuses: global.css styles the marks.
        addStyles: false,
        markOptions: {
          className: 'search-highlight',
          exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *', '[popover]', '[popover] *', 'button', 'button *'],
        },
      });
      const marks = [...doc.querySelectorAll<HTMLElement>('mark.search-highlight')];
      const target = url.hash ? doc.getElementById(decodeURIComponent(url.hash.slice(1))) : null;
      const first = marks.find((m) => !target || target.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING) ?? marks[0];
      first?.scrollIntoView({ block: 'center' });
    })
    .catch(() => {
      // Offline without the script, or blocked: the page still opens at its section.
    })
    .finally(() => {
      url.searchParams.delete(HIGHLIGHT_PARAM);
      history.replaceState(history.state, '', url);
    });
}
