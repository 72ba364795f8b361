import { describe, expect, it } from 'vitest';
import { shownResult } from '../../src/lib/searchResults.ts';

const page = {
  url: '/chapters/law/?highlight=defamation',
  excerpt: 'page excerpt',
  meta: { title: 'Laws that protect, laws that punish' },
};

describe('a search result', () => {
  it('links to the section with the most matches and shows its heading', () => {
    const shown = shownResult({
      ...page,
      sub_results: [
        { title: page.meta.title, url: page.url, excerpt: 'top', locations: [3] },
        {
          title: 'Defamation',
          url: '/chapters/law/?highlight=defamation#defamation',
          excerpt: 'a <mark>defamation</mark> case',
          locations: [40, 52],
          anchor: { element: 'h2', id: 'defamation' },
        },
        {
          title: 'The 2010 law',
          url: '/chapters/law/?highlight=defamation#the-2010-law',
          excerpt: 'x',
          locations: [90],
          anchor: { element: 'h2', id: 'the-2010-law' },
        },
      ],
    });
    expect(shown).toEqual({
      url: '/chapters/law/?highlight=defamation#defamation',
      page: 'Laws that protect, laws that punish',
      section: 'Defamation',
      excerpt: 'a <mark>defamation</mark> case',
    });
  });
  it('links to the page, with no section heading, when the match is above the first heading', () => {
    const shown = shownResult({ ...page, sub_results: [{ title: page.meta.title, url: page.url, excerpt: 'top', locations: [3] }] });
    expect(shown.section).toBeUndefined();
    expect(shown.url).toBe(page.url);
  });
  it('falls back to the page when Pagefind gives no sub-results', () => {
    expect(shownResult(page)).toEqual({ url: page.url, page: page.meta.title, excerpt: 'page excerpt' });
  });
});
