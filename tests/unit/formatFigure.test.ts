import { describe, expect, it } from 'vitest';
import { formatFigure, formatRupees } from '../../src/lib/formatFigure.ts';
import type { Figure } from '../../src/lib/schemas.ts';

const fig = (f: Partial<Figure>): Figure => ({ id: 'x', label: 'l', source: 's', confidence: 'verified', unit: 'count', ...f }) as Figure;

describe('figures in prose', () => {
  it('write percentages with the sign', () => expect(formatFigure(fig({ unit: 'percent', value: 93 }), 'en')).toBe('93%'));
  it('group thousands', () => expect(formatFigure(fig({ value: 8897 }), 'en')).toBe('8,897'));
  it('write ranges in each language', () => {
    expect(formatFigure(fig({ unit: 'years', value: 14, value_max: 20 }), 'en')).toBe('14 to 20');
    expect(formatFigure(fig({ unit: 'years', value: 14, value_max: 20 }), 'ur')).toBe('14 سے 20');
  });
  it('write dates out', () => expect(formatFigure(fig({ unit: 'date', date: '2018-04-19' }), 'en')).toBe('19 April 2018'));
  it('keep section numbers as published', () => expect(formatFigure(fig({ unit: 'section', value: '377-B' }), 'ur')).toBe('377-B'));
});

describe('rupee amounts', () => {
  it('in English use million and billion', () => {
    expect(formatRupees('en', 1e9)).toBe('Rs1 billion');
    expect(formatRupees('en', 1e6)).toBe('Rs1 million');
    expect(formatRupees('en', 500000)).toBe('Rs500,000');
  });
  it('in Urdu use lakh, crore and arab', () => {
    expect(formatRupees('ur', 1e9)).toBe('1 ارب روپے');
    expect(formatRupees('ur', 2e7)).toBe('2 کروڑ روپے');
    expect(formatRupees('ur', 1e6)).toBe('10 لاکھ روپے');
  });
});
