export const locales = ['en', 'ur'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export interface LocaleInfo {
  /** BCP 47 tag for <html lang>. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The language's own name, shown in the language switch. */
  nativeName: string;
  /** Locale passed to Intl formatters. */
  intl: string;
}

export const localeInfo: Record<Locale, LocaleInfo> = {
  en: { lang: 'en', dir: 'ltr', nativeName: 'English', intl: 'en-GB' },
  ur: { lang: 'ur', dir: 'rtl', nativeName: 'اردو', intl: 'ur-PK' },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function dirOf(locale: Locale): 'ltr' | 'rtl' {
  return localeInfo[locale].dir;
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'ur' : 'en';
}
