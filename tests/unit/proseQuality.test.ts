/**
 * The prose rules a chapter must meet for a reader on a phone: reading ease and grade,
 * paragraph length, attribution in citations rather than in sentences, and no close
 * paraphrase of the seed article.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { closeParaphrases, proseProblems, proseReport, readability, readerParagraphs, sentences, syllables } from '../../src/lib/proseQuality.ts';
import type { Figure } from '../../src/lib/schemas.ts';

const seed = readFileSync('tests/fixtures/seed/000_b82a03ac4e9ce3ab.txt', 'utf8');
const noFigures = new Map<string, Figure>();
const fixture = (name: string) => readFileSync(`tests/fixtures/prose/${name}.mdx`, 'utf8');

describe('readability', () => {
  it('fails a chapter written for specialists, naming the score and the grade', () => {
    const problems = proseProblems(proseReport(fixture('hard-chapter'), noFigures, seed));
    expect(problems[0]).toMatch(/^Flesch reading ease -?\d+(\.\d)? is below 60$/);
    expect(problems[1]).toMatch(/^grade \d+(\.\d)? is above 8$/);
  });

  it('passes plain short sentences', () => {
    const report = proseReport(fixture('plain-chapter'), noFigures, seed);
    expect(report.readability.readingEase).toBeGreaterThanOrEqual(60);
    expect(report.readability.grade).toBeLessThanOrEqual(8);
  });

  it('counts a number as one syllable per digit, as it is spoken', () => {
    expect(syllables('2018')).toBe(4);
    expect(syllables('harassment')).toBe(3);
  });

  it('reads the value of a <Fig> and leaves out headings and citation markers', () => {
    const figures = new Map<string, Figure>([['x', { id: 'x', value: 93, unit: 'percent', label: 'l', source: 's', confidence: 'verified' }]]);
    const paragraphs = readerParagraphs('## Heading words\n\nOf women, <Fig id="x" /> said so <Cite id="s" />.\n', figures);
    expect(paragraphs.map((p) => p.text)).toEqual(['Of women, 93% said so.']);
  });

  it('splits sentences at full stops but not inside "Rs." or "s.20"', () => {
    expect(sentences('He paid Rs. 5 under s.20 of the law. Then he left.')).toEqual(['He paid Rs. 5 under s.20 of the law.', 'Then he left.']);
  });

  it('weighs every sentence of every paragraph', () => {
    const r = readability([{ text: 'One two three. Four five.', line: 1, exempt: false }]);
    expect([r.words, r.sentences]).toEqual([5, 2]);
  });
});

describe('paragraph length', () => {
  it('flags a paragraph over 80 words with its line, and exempts list items', () => {
    const long = Array.from({ length: 81 }, () => 'word').join(' ');
    const report = proseReport(`---\ntitle: t\n---\n\n${long}.\n`, noFigures, seed);
    expect(proseProblems(report)).toContain('line 5: paragraph of 81 words (at most 80)');
    expect(proseReport(fixture('plain-chapter'), noFigures, seed).longParagraphs).toEqual([]);
  });
});

describe('attribution', () => {
  it('flags a chapter that names Wikipedia more than twice in its prose', () => {
    const problems = proseProblems(proseReport(fixture('hard-chapter'), noFigures, seed));
    expect(problems).toContain('"Wikipedia" appears 3 times in the prose (at most 2): attribute in the citation');
  });
});

describe('close paraphrase of the seed', () => {
  const paragraph = (text: string) => [{ text, line: 1, exempt: false }];

  it('flags a sentence that keeps the seed’s claims in the seed’s order', () => {
    const close = 'Christian sanitation workers often have inadequate training and safety equipment, and they often also face religious discrimination.';
    expect(closeParaphrases(paragraph(close), seed)).toHaveLength(1);
  });

  it('passes the same facts told in our own order and words', () => {
    const own = 'Many of the women who clean the streets are Christian. Few are given gloves or taught how to stay safe, and their faith is held against them.';
    expect(closeParaphrases(paragraph(own), seed)).toEqual([]);
  });

  it('leaves quotations and names out of the comparison', () => {
    const quoted = 'She wrote: "the movement has struggled to make an impact in a deeply patriarchal country".';
    expect(closeParaphrases(paragraph(quoted), seed)).toEqual([]);
  });
});
