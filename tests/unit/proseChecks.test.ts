import { describe, expect, it } from 'vitest';
import { flattenLikeSeed, sharedRuns } from '../../src/lib/originality.ts';
import { findProseFigures, unregisteredFigures } from '../../src/lib/proseFigures.ts';
import type { Figure } from '../../src/lib/schemas.ts';

describe('originality against the seed', () => {
  it('flattens text the way the seed was flattened', () =>
    expect(flattenLikeSeed("Women are 'damned if they speak, damned if they don't' in 2018.")).toEqual(['women', 'damned', 'speak', 'damned', 'dont']));
  const seed = 'protection harassment women workplace act even define constitutes law also apply informal workers domestic service';
  it('finds a copied run of eight words', () =>
    expect(sharedRuns('The Protection against Harassment of Women at the Workplace Act does not even define what constitutes a workplace.', seed)).toHaveLength(
      1,
    ));
  it('passes a sentence in our own words', () =>
    expect(sharedRuns('The 2010 law on workplace harassment left out domestic workers and others in informal jobs.', seed)).toEqual([]));
});

const registry = [
  { id: 'a', unit: 'date', date: '2018-04-19', label: 'l', source: 's', confidence: 'verified' },
  { id: 'b', unit: 'percent', value: 93, label: 'l', year: 2017, source: 's', confidence: 'verified' },
  { id: 'c', unit: 'rupees', value: 1e9, label: 'l', source: 's', confidence: 'verified' },
  { id: 'd', unit: 'count', value: 3445, label: 'l', year: 2017, source: 's', confidence: 'verified' },
  { id: 'e', unit: 'section', value: '377-B', label: 'l', source: 's', confidence: 'verified' },
] as Figure[];

describe('figures typed in prose', () => {
  it('reads dates, months, years, percentages, amounts, sections and counts', () => {
    const found = findProseFigures('On 19 April 2018, in April 2018 and in 2017, 93% of Rs1 billion; section 377-B; 3,445 cases.');
    expect(found.map((f) => [f.kind, f.value])).toEqual([
      ['date', '2018-04-19'],
      ['month', '2018-04'],
      ['rupees', 1e9],
      ['percent', 93],
      ['code', '377-B'],
      ['year', 2017],
      ['number', 3445],
    ]);
  });
  it('reads Urdu dates and amounts', () =>
    expect(findProseFigures('19 اپریل 2018 کو 1 ارب روپے').map((f) => [f.kind, f.value])).toEqual([
      ['date', '2018-04-19'],
      ['rupees', 1e9],
    ]));
  it('ignores figures given by <Fig>, citation ids and chapter numbers', () =>
    expect(findProseFigures('<Fig id="x-2019" /> as chapter 5 shows <Cite id="dawn-2019" />')).toEqual([]));
  it('accepts registered figures and reports the rest', () => {
    expect(unregisteredFigures('On 19 April 2018, 93% said so; 3,445 cases in 2017.', registry)).toEqual([]);
    expect(unregisteredFigures('On 20 April 2018, 94% said so.', registry).map((f) => f.text)).toEqual(['20 April 2018', '94%']);
  });
});
