import { describe, expect, it } from 'vitest';
import { gluedWords, indexedWords } from '../../src/lib/indexWords.ts';

const glossary = [
  { term: 'جنسی ہراسانی', definition: 'ناپسندیدہ جنسی رویہ، جیسے فقرے' },
  { term: 'sexual harassment', definition: 'Unwelcome sexual behaviour, such as remarks' },
];

describe('index word boundaries', () => {
  it('splits indexed text at whitespace, as Pagefind does', () => {
    expect(indexedWords('  ایک ان\nچاہا   پیغام ')).toEqual(['ایک', 'ان', 'چاہا', 'پیغام']);
  });

  it('finds a date or word glued to the URL printed after it', () => {
    const glued = gluedWords(['2024.https://www.dawn.com/news/1831222', 'نہیں.http://rava.pk/', 'Dawn,']);
    expect(glued).toEqual([
      { word: '2024.https://www.dawn.com/news/1831222', reason: 'url' },
      { word: 'نہیں.http://rava.pk/', reason: 'url' },
    ]);
  });

  it('finds a glossary term fused with the first word of its definition, in either language', () => {
    expect(gluedWords(['جنسی', 'ہراسانیناپسندیدہ', 'رویہ'], glossary)).toEqual([{ word: 'ہراسانیناپسندیدہ', reason: 'term' }]);
    expect(gluedWords(['harassmentUnwelcome'], glossary)).toEqual([{ word: 'harassmentUnwelcome', reason: 'term' }]);
  });

  it('finds sentences and brackets run together across elements', () => {
    expect(gluedWords(['opportunist.Status', 'پھیلانا۔فرہنگ', '(harassment)ناپسندیدہ']).map((g) => g.reason)).toEqual(['sentence', 'sentence', 'bracket']);
  });

  it('accepts words a reader does see: names, abbreviations, numbers, a term beside its definition', () => {
    const text = 'UrduPoint, 21 July 2018. e.g. U.N. 24NewsHD (PECA) جنسی ہراسانی ناپسندیدہ جنسی رویہ۔ #MeinBhi';
    expect(gluedWords(indexedWords(text), glossary)).toEqual([]);
  });
});
