import { describe, expect, it } from 'vitest';
import { normalizeQuery, searchVariants } from '../../src/lib/searchNormalize.ts';

describe('Urdu query normalisation', () => {
  it('turns Arabic kaf and yeh into the Urdu letters', () => {
    expect(normalizeQuery('كتاب')).toBe('کتاب');
    expect(normalizeQuery('خواتين')).toBe('خواتین');
    expect(normalizeQuery('على')).toBe('علی');
  });
  it('reads Arabic heh as Urdu gol heh, and as do-chashmi heh after a consonant it aspirates', () => {
    expect(searchVariants('هراساني')).toEqual(['ہراسانی']);
    expect(searchVariants('بهی')).toEqual(['بھی', 'بہی']);
  });
  it('drops zer, zabar, pesh and tatweel', () => expect(normalizeQuery('قانُون')).toBe('قانون'));
  it('turns Urdu digits into the Western digits the site prints', () => expect(normalizeQuery('۲۰۱۸')).toBe('2018'));
  it('leaves English and already-Urdu queries alone', () => {
    expect(normalizeQuery('defamation law')).toBe('defamation law');
    expect(normalizeQuery('ہتکِ عزت')).toBe('ہتک عزت');
  });
});
