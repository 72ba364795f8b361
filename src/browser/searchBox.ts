/**
 * The search box (<search-box>, see src/components/SearchBox.astro). Pagefind loads on the
 * first query, from this site. A result links to its best section with the query words to
 * highlight there. On the Urdu edition a query in Latin letters is also read as Roman Urdu:
 * the key → words index (/ur/roman-index.json) loads on the first such query and each word is
 * searched through its Urdu candidates. A query in the other edition's script that finds
 * nothing here is offered in that edition, with its first results.
 */
import { searchVariants } from '../lib/searchNormalize.ts';
import { hasUrduScript, isLatinQuery, romanCandidates, type RomanIndex } from '../lib/romanUrdu.ts';
import { HIGHLIGHT_PARAM, shownResult, type PagefindResult } from '../lib/searchResults.ts';

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { id: string; data(): Promise<PagefindResult> }[] } | null>;
}
interface PagefindModule extends Pagefind {
  createInstance(o: Record<string, unknown>): Pagefind;
}

const PER_QUERY = 20;
const OTHER_EDITION_RESULTS = 5;

class SearchBox extends HTMLElement {
  #module: Promise<PagefindModule> | undefined;
  #other: Promise<Pagefind> | undefined;
  #roman: Promise<RomanIndex> | undefined;

  get base(): string {
    return this.dataset.base ?? '/';
  }

  strings(): Record<string, string> {
    return JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
  }

  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = this.querySelector('input')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const query = input.value.trim();
      const url = new URL(location.href);
      url.searchParams.set('q', query);
      history.replaceState(null, '', url);
      void this.run(query);
    });
    const initial = new URLSearchParams(location.search).get('q');
    if (initial) {
      input.value = initial;
      void this.run(initial);
    }
  }

  loadPagefind(): Promise<PagefindModule> {
    this.#module ??= import(/* @vite-ignore */ `${this.base}pagefind/pagefind.js`).then(async (pf: PagefindModule) => {
      await pf.options({ baseUrl: this.base, highlightParam: HIGHLIGHT_PARAM });
      return pf;
    });
    return this.#module;
  }

  /**
   * The other edition's index. Pagefind picks the index of an instance by <html lang> as the
   * instance is created, and takes no language option there, so the attribute names the other
   * language for that one synchronous call (nothing renders in between).
   */
  loadOther(): Promise<Pagefind> {
    this.#other ??= this.loadPagefind().then(async (pf) => {
      const html = document.documentElement;
      const lang = html.lang;
      let instance: Pagefind;
      html.lang = this.dataset.otherLang ?? lang;
      try {
        instance = pf.createInstance({ basePath: `${this.base}pagefind/` });
      } finally {
        html.lang = lang;
      }
      await instance.options({ baseUrl: this.base, highlightParam: HIGHLIGHT_PARAM });
      return instance;
    });
    return this.#other;
  }

  loadRoman(): Promise<RomanIndex> {
    const url = this.dataset.romanIndex;
    this.#roman ??= url ? fetch(url).then((r) => (r.ok ? (r.json() as Promise<RomanIndex>) : {})) : Promise.resolve({});
    return this.#roman;
  }

  /** Results of several queries in turn, each page once (the first query's ranking first). */
  async collect(pagefind: Pagefind, queries: string[], limit = PER_QUERY): Promise<PagefindResult[]> {
    const seen = new Map<string, PagefindResult>();
    for (const q of queries) {
      const search = await pagefind.search(q);
      for (const r of await Promise.all((search?.results ?? []).slice(0, limit).map((x) => x.data()))) {
        const page = r.url.split('?')[0];
        if (!seen.has(page)) seen.set(page, r);
      }
    }
    return [...seen.values()];
  }

  /** The queries a Roman-Urdu query stands for: all its words' first candidates together, then each candidate. */
  async romanQueries(query: string): Promise<{ queries: string[]; words: string[] }> {
    const index = await this.loadRoman();
    const perWord = query
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => romanCandidates(index, w));
    const words = [...new Set(perWord.flat())];
    const together = perWord.length > 1 && perWord.every((c) => c.length) ? [perWord.map((c) => c[0]).join(' ')] : [];
    return { queries: [...together, ...words], words };
  }

  renderResult(r: PagefindResult, lang?: string, dir?: string): HTMLLIElement {
    const shown = shownResult(r);
    const li = document.createElement('li');
    if (lang) li.lang = lang;
    if (dir) li.dir = dir;
    const a = document.createElement('a');
    a.href = shown.url;
    const page = document.createElement('span');
    page.className = 'result-page';
    page.textContent = shown.page;
    a.append(page);
    if (shown.section) {
      const section = document.createElement('span');
      section.className = 'result-section';
      section.textContent = shown.section;
      a.append(' ', section);
    }
    const p = document.createElement('p');
    p.innerHTML = shown.excerpt; // Pagefind escapes the page text; only <mark> is markup.
    li.append(a, p);
    return li;
  }

  async run(query: string) {
    const strings = this.strings();
    const status = this.querySelector('.search-status')!;
    const note = this.querySelector<HTMLElement>('.search-note')!;
    const list = this.querySelector('.search-results')!;
    const other = this.querySelector<HTMLElement>('.search-other')!;
    list.replaceChildren();
    note.textContent = '';
    other.replaceChildren();
    other.hidden = true;
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    try {
      const pagefind = await this.loadPagefind();
      const latin = isLatinQuery(query);
      const queries = searchVariants(query);
      if (latin && this.dataset.romanIndex) {
        const roman = await this.romanQueries(query);
        queries.push(...roman.queries);
        if (roman.words.length) note.textContent = strings.romanNote.replace('{query}', query).replace('{words}', roman.words.join(strings.comma));
      }
      const found = await this.collect(pagefind, queries);
      for (const r of found) list.append(this.renderResult(r));
      const template = found.length === 0 ? strings.noResults : found.length === 1 ? strings.oneResult : strings.results;
      status.textContent = template.replace('{query}', query).replace('{count}', String(found.length));
      const otherScript = this.dataset.otherLang === 'en' ? latin : hasUrduScript(query);
      if (otherScript) await this.offerOther(query, found.length === 0);
    } catch {
      status.textContent = strings.failed;
    }
  }

  /** A link to the other edition's search for the query, with its first results when this one found none. */
  async offerOther(query: string, withResults: boolean) {
    const strings = this.strings();
    const other = this.querySelector<HTMLElement>('.search-other')!;
    const lang = this.dataset.otherLang ?? 'en';
    const dir = this.dataset.otherDir ?? 'ltr';
    const link = document.createElement('a');
    const url = new URL(this.dataset.otherSearch ?? '/', location.href);
    url.searchParams.set('q', query);
    link.href = url.pathname + url.search;
    link.hreflang = lang;
    link.textContent = strings.otherEdition.replace('{query}', query);
    const p = document.createElement('p');
    p.append(link);
    other.append(p);
    other.hidden = false;
    if (!withResults) return;
    const results = (await this.collect(await this.loadOther(), [query])).slice(0, OTHER_EDITION_RESULTS);
    if (results.length === 0) return;
    const heading = document.createElement('h2');
    heading.textContent = strings.otherResults;
    const ol = document.createElement('ol');
    ol.className = 'search-other-results';
    ol.lang = lang;
    ol.dir = dir;
    for (const r of results) ol.append(this.renderResult(r, lang, dir));
    other.append(heading, ol);
  }
}

customElements.define('search-box', SearchBox);
