/**
 * The web app manifest of each edition. Installed on a home screen, the site shows a name
 * and an icon that do not say what it is about (a phone may be seen by someone else), while
 * every page's title in the browser tab stays truthful. The help page explains the choice.
 */
import type { Locale } from '../i18n/locales.ts';
import { localeInfo } from '../i18n/locales.ts';
import { t } from '../i18n/index.ts';

export function webManifest(locale: Locale, base: string): Response {
  const start = locale === 'en' ? base : `${base}${locale}/`;
  const manifest = {
    name: t(locale, 'app.name'),
    short_name: t(locale, 'app.name'),
    lang: localeInfo[locale].lang,
    dir: localeInfo[locale].dir,
    id: start,
    start_url: start,
    scope: base,
    display: 'standalone',
    background_color: '#fdfcf9',
    theme_color: '#3f5f73',
    icons: [{ src: `${base}reader-icon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
}
