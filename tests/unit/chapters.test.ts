import { describe, expect, it } from 'vitest';
import { chapterSlug, parseChapterId } from '../../src/lib/chapters.ts';
import { countWords, proseText, readingMinutes } from '../../src/lib/readingTime.ts';
import { citationNumber, collectCitations, componentIds } from '../../src/lib/citations.ts';

describe('chapter ids', () => {
  it('drops the order prefix from the URL slug', () => expect(chapterSlug('01-origins.mdx')).toBe('origins'));
  it('splits locale and slug', () => expect(parseChapterId('ur/03-class')).toEqual({ locale: 'ur', slug: 'class', file: '03-class' }));
  it('rejects a file outside a locale folder', () => expect(() => parseChapterId('fr/01-x')).toThrow(/content\/chapters/));
});

describe('reading time', () => {
  const body = `---\ntitle: x\n---\nimport A from 'a';\n\n## A heading\n\nOne two three <Cite id="dawn-2019" /> four.\n\n<Note title="ignored attribute">five six</Note>`;
  it('counts prose words, not frontmatter, imports or tag attributes', () => {
    expect(proseText(body)).not.toMatch(/title: x|dawn-2019|import/);
    expect(countWords(body)).toBe(8);
  });
  it('is at least one minute and grows with length', () => {
    expect(readingMinutes('word', 'en')).toBe(1);
    expect(readingMinutes('word '.repeat(1000), 'en')).toBe(5);
    expect(readingMinutes('لفظ '.repeat(2600), 'ur')).toBe(10);
  });
});

describe('citations', () => {
  const body = 'A <Cite id="b" /> then <Cite id="a"/> and <Cite id="b" /> again; <Fig id="x" />';
  it('lists each source once in order of first citation', () => expect(collectCitations(body)).toEqual(['b', 'a']));
  it('finds ids of any component', () => expect(componentIds(body, 'Fig')).toEqual(['x']));
  it('numbers a citation by its place in the list', () => expect(citationNumber(['b', 'a'], 'a')).toBe(2));
  it('refuses a citation that is not in the list', () => expect(() => citationNumber(['b'], 'z')).toThrow(/"z"/));
});
