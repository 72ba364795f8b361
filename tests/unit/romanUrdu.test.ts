import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildRomanIndex,
  countWords,
  hasUrduScript,
  isLatinQuery,
  latinKeys,
  parseRomanTable,
  romanCandidates,
  scoreRoman,
  urduKeys,
} from '../../src/lib/romanUrdu.ts';
import { siteUrduVocabulary } from '../../src/lib/siteVocabulary.ts';

const shared = (latin: string, urdu: string) => latinKeys(latin).some((k) => urduKeys(urdu).includes(k));

describe('Roman-Urdu phonetic keys', () => {
  it('gives a Latin spelling and its Urdu word the same key, however the vowels are spelled', () => {
    for (const latin of ['khawateen', 'khwateen', 'khawatin']) expect(shared(latin, 'خواتین')).toBe(true);
    for (const latin of ['hirasani', 'harasani', 'harassani']) expect(shared(latin, 'ہراسانی')).toBe(true);
    for (const latin of ['tashaddud', 'tashadud']) expect(shared(latin, 'تشدد')).toBe(true);
    expect(shared('meesha', 'میشا')).toBe(true);
  });
  it('maps letters that sound alike to one class and Latin digraphs to the Urdu letter', () => {
    expect(urduKeys('ثبوت')).toEqual(urduKeys('صبوت'));
    expect(urduKeys('ظفر')).toEqual(['zfr']);
    expect(latinKeys('zafar')).toEqual(['zfr']);
    expect(shared('qanoon', 'قانون') && shared('kanoon', 'قانون')).toBe(true);
    expect(shared('shikayat', 'شکایت') && shared('ghar', 'گھر') && shared('chup', 'چپ')).toBe(true);
  });
  it('allows an unwritten final n, h or ڑ typed as d', () => {
    expect(shared('nahi', 'نہیں') && shared('nahin', 'نہیں')).toBe(true);
    expect(shared('ladki', 'لڑکی') && shared('larki', 'لڑکی')).toBe(true);
  });
  it('does not match words whose consonants differ', () => {
    expect(shared('saza', 'عدالت')).toBe(false);
    expect(shared('khawateen', 'ہراسانی')).toBe(false);
  });
});

describe('Roman-Urdu candidates', () => {
  const index = buildRomanIndex(countWords(['خواتین خواتین خاتون کہتے ہراسانی تشدد', 'میشا شفیع']));
  it('offers the closest spelling first', () => {
    expect(romanCandidates(index, 'khawateen')[0]).toBe('خواتین');
    expect(romanCandidates(index, 'khatoon')[0]).toBe('خاتون');
  });
  it('offers nothing for a word with no Urdu match', () => expect(romanCandidates(index, 'qqqxyz')).toEqual([]));
  it('tells Latin queries from Urdu ones', () => {
    expect(isLatinQuery('khawateen')).toBe(true);
    expect(isLatinQuery("Ali Zafar's case")).toBe(true);
    expect(isLatinQuery('خواتین')).toBe(false);
    expect(isLatinQuery('2018')).toBe(false);
    expect(hasUrduScript('Meesha میشا')).toBe(true);
  });
});

describe('Roman-Urdu over real spellings and the site’s vocabulary', () => {
  const rows = parseRomanTable(readFileSync('tests/fixtures/roman-urdu.tsv', 'utf8'));
  const vocabulary = siteUrduVocabulary(process.cwd());
  it('has at least 100 spellings, several per word, each of a word the Urdu edition uses', () => {
    expect(rows.length).toBeGreaterThanOrEqual(100);
    expect(rows.filter((r) => r.urdu === 'خواتین').length).toBeGreaterThanOrEqual(3);
    expect(rows.filter((r) => !vocabulary.has(r.urdu))).toEqual([]);
  });
  it('finds the word meant at the floors measured by npm run roman:score', () => {
    // Measured: recall 97.6%, precision 45.8%, first candidate right 86.2% (3 candidates).
    const score = scoreRoman(buildRomanIndex(vocabulary), rows);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
    expect(score.precision).toBeGreaterThanOrEqual(0.45);
    expect(score.first / score.rows).toBeGreaterThanOrEqual(0.85);
  });
});
