import { describe, expect, it } from 'vitest';
import { dictionaries, t } from '../../src/i18n/index.ts';
import { en } from '../../src/i18n/en.ts';
import { dirOf, isLocale, locales } from '../../src/i18n/locales.ts';
import { formatDate, formatNumber, formatPercent, toWesternDigits } from '../../src/i18n/format.ts';

describe('UI dictionaries', () => {
  it('have the same keys in every language', () => {
    for (const locale of locales) expect(Object.keys(dictionaries[locale]).sort()).toEqual(Object.keys(en).sort());
  });
  it('have no empty strings', () => {
    for (const locale of locales) for (const [key, value] of Object.entries(dictionaries[locale])) expect(value, `${locale} ${key}`).not.toBe('');
  });
  it('use the same placeholders in every language', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of Object.entries(en)) expect(names(dictionaries.ur[key as keyof typeof en]), key).toEqual(names(value));
  });
});

describe('t()', () => {
  it('fills placeholders', () => expect(t('en', 'chapter.progress', { n: 2, total: 7 })).toBe('Chapter 2 of 7'));
  it('returns Urdu text on Urdu pages', () => expect(t('ur', 'nav.search')).toBe('تلاش'));
  it('refuses a missing placeholder value', () => expect(() => t('en', 'chapter.progress', { n: 2 })).toThrow(/\{total\}/));
});

describe('locales', () => {
  it('set the direction', () => {
    expect(dirOf('en')).toBe('ltr');
    expect(dirOf('ur')).toBe('rtl');
  });
  it('recognise only site languages', () => {
    expect(isLocale('ur')).toBe(true);
    expect(isLocale('fr')).toBe(false);
  });
});

describe('number and date formats', () => {
  it('use Western digits in Urdu too', () => {
    expect(formatNumber('ur', 3445)).toBe('3,445');
    expect(formatNumber('en', 20020)).toBe('20,020');
  });
  it('write percentages from percent values, keeping decimals as published', () => {
    expect(formatPercent('en', 93)).toBe('93%');
    expect(formatPercent('en', 33.48)).toBe('33.48%');
    expect(formatPercent('ur', 4.79)).toBe('4.79 فیصد');
    expect(formatPercent('ur', 93)).toBe('93 فیصد');
  });
  it('write dates at the precision they have', () => {
    expect(formatDate('en', '2018-04-19')).toBe('19 April 2018');
    expect(formatDate('en', '2018-10')).toBe('October 2018');
    expect(formatDate('en', '2010')).toBe('2010');
    expect(formatDate('ur', '2018-04-19')).toBe('19 اپریل 2018');
  });
  it('refuses a date that is not ISO', () => expect(() => formatDate('en', '19/04/2018')).toThrow(/ISO/));
  it('turns Urdu and Arabic-Indic digits into Western ones', () => expect(toWesternDigits('۲۰۱۸ ٢٠١٨')).toBe('2018 2018'));
});

describe('Latin inside Urdu', () => {
  it('isolates Latin runs in Urdu UI strings so a hashtag keeps its shape', () => {
    const intro = t('ur', 'site.intro');
    expect(intro).toContain('\u2066#MeToo\u2069');
    expect(t('en', 'site.intro')).not.toContain('\u2066');
  });
  it('leaves placeholders working', () => expect(t('ur', 'graphic.stepOf', { n: 2, total: 3 })).toBe('مرحلہ 2 از 3'));
});
