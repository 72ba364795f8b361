import { describe, expect, it, vi } from 'vitest';

// The collection as Astro would load it: an English chapter with an Urdu translation,
// and one without.
vi.mock('astro:content', () => ({
  getCollection: async () => [
    { id: 'en/01-origins', data: { title: 'Origins', order: 1 }, body: 'word '.repeat(400) },
    { id: 'ur/01-origins', data: { title: 'آغاز', order: 1 }, body: 'لفظ '.repeat(520) },
    { id: 'en/02-patriarchy', data: { title: 'Patriarchy', order: 2 }, body: 'word '.repeat(200) },
  ],
}));

const { chapterViews } = await import('../../src/site/chapters.ts');

describe('chapters as served in each language', () => {
  it('serves the translation where there is one', async () => {
    const [origins] = await chapterViews('ur');
    expect(origins).toMatchObject({ slug: 'origins', isFallback: false });
    expect(origins.entry.data.title).toBe('آغاز');
  });
  it('falls back to the English text, marked as such, where there is none', async () => {
    const [, patriarchy] = await chapterViews('ur');
    expect(patriarchy).toMatchObject({ slug: 'patriarchy', isFallback: true, locale: 'ur' });
    expect(patriarchy.entry.data.title).toBe('Patriarchy');
  });
  it('keeps the chapter order and times the reading in the language of the text shown', async () => {
    const views = await chapterViews('ur');
    expect(views.map((v) => v.order)).toEqual([1, 2]);
    expect(views.map((v) => v.readingMinutes)).toEqual([2, 1]);
  });
  it('never falls back in English', async () => expect((await chapterViews('en')).every((v) => !v.isFallback)).toBe(true));
});
