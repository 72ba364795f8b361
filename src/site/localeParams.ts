/** Route parameters for pages served in every locale: English at the root, Urdu under /ur/. */
import { locales, type Locale } from '../i18n/locales.ts';

export function langParam(locale: Locale): string | undefined {
  return locale === 'en' ? undefined : locale;
}

export function localePaths() {
  return locales.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
}
