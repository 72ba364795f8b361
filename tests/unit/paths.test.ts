import { describe, expect, it } from 'vitest';
import { localizePath, splitLocalePath, switchLocale, withBase } from '../../src/lib/paths.ts';

describe('withBase', () => {
  it('leaves paths alone at the root', () => expect(withBase('/', '/chapters/origins/')).toBe('/chapters/origins/'));
  it('prefixes a sub-path base once', () => expect(withBase('/metoo/', '/ur/')).toBe('/metoo/ur/'));
  it('accepts a base without trailing slash', () => expect(withBase('/metoo', 'search/')).toBe('/metoo/search/'));
});

describe('localizePath', () => {
  it('keeps English unprefixed', () => expect(localizePath('en', '/sources/')).toBe('/sources/'));
  it('puts Urdu under /ur/', () => expect(localizePath('ur', '/sources/')).toBe('/ur/sources/'));
  it('maps the home page', () => expect(localizePath('ur', '/')).toBe('/ur/'));
});

describe('switching language keeps the page', () => {
  it('from an English chapter to its Urdu URL', () => expect(switchLocale('/', '/chapters/origins/', 'ur')).toBe('/ur/chapters/origins/'));
  it('from Urdu back to English under a sub-path', () => expect(switchLocale('/metoo/', '/metoo/ur/chapters/origins/', 'en')).toBe('/metoo/chapters/origins/'));
  it('reads the locale from a path', () => {
    expect(splitLocalePath('/', '/ur/')).toEqual({ locale: 'ur', path: '/' });
    expect(splitLocalePath('/', '/urdu-words/')).toEqual({ locale: 'en', path: '/urdu-words/' });
  });
});
