import { describe, expect, it } from 'vitest';
import { apa, bibtex, chicago, mla } from '../../src/lib/citationFormats.ts';

const c = {
  title: 'From #MeToo to #MeinBhi',
  siteName: '#MeToo in Pakistan',
  url: 'https://example.org/chapters/origins/',
  updated: '2026-11-25',
  key: 'metoo-pakistan-origins',
  language: 'en',
};

describe('cite this chapter', () => {
  it('APA', () => expect(apa(c)).toBe('#MeToo in Pakistan. (2026, November 25). From #MeToo to #MeinBhi. https://example.org/chapters/origins/'));
  it('MLA', () => expect(mla(c)).toBe('“From #MeToo to #MeinBhi.” #MeToo in Pakistan, 25 Nov. 2026, example.org/chapters/origins/.'));
  it('Chicago', () =>
    expect(chicago(c)).toBe('#MeToo in Pakistan. “From #MeToo to #MeinBhi.” Last modified November 25, 2026. https://example.org/chapters/origins/.'));
  it('BibTeX', () =>
    expect(bibtex(c)).toBe(
      [
        '@misc{metoo-pakistan-origins,',
        '  author = {{\\#MeToo in Pakistan}},',
        '  title = {{From \\#MeToo to \\#MeinBhi}},',
        '  year = {2026},',
        '  month = {nov},',
        '  howpublished = {\\url{https://example.org/chapters/origins/}},',
        '  note = {Last updated 25 November 2026},',
        '  language = {en}',
        '}',
      ].join('\n'),
    ));
});
