import type { Locale } from '../i18n/locales.ts';

/** Joins the site's base path (for example "/" or "/metoo/") with a site path such as "/chapters/origins/". */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  const p = path.startsWith('/') ? path : `/${path}`;
  return `${b}${p}` || '/';
}

/** The site path of `path` in `locale`: English is unprefixed, Urdu lives under /ur/. */
export function localizePath(locale: Locale, path: string): string {
  const p = path.startsWith('/') ? path : `/${path}`;
  return locale === 'en' ? p : `/${locale}${p === '/' ? '/' : p}`;
}

/** Removes the base path and any locale prefix, giving the locale-neutral site path and the locale it was in. */
export function splitLocalePath(base: string, pathname: string): { locale: Locale; path: string } {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  let p = b && pathname.startsWith(b) ? pathname.slice(b.length) : pathname;
  if (!p.startsWith('/')) p = `/${p}`;
  if (p === '/ur' || p.startsWith('/ur/')) return { locale: 'ur', path: p.slice(3) || '/' };
  return { locale: 'en', path: p };
}

/** The URL of the same page in another language, keeping the base path. */
export function switchLocale(base: string, pathname: string, target: Locale): string {
  const { path } = splitLocalePath(base, pathname);
  return withBase(base, localizePath(target, path));
}
