import { localeInfo, type Locale } from './locales.ts';

/**
 * Every number on the site goes through these helpers. Urdu pages use Western digits
 * (0-9), as Pakistan's Urdu press does online, so a figure reads the same in both
 * editions and search matches "2018" whichever edition it is typed in.
 */
const NUMBERING_SYSTEM = 'latn';

export function formatNumber(locale: Locale, value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(localeInfo[locale].intl, { numberingSystem: NUMBERING_SYSTEM, ...options }).format(value);
}

/**
 * 33.48 -> "33.48%" in English, "33.48 فیصد" in Urdu, as Pakistan's Urdu press writes it.
 * The value is a percentage already, not a fraction.
 */
export function formatPercent(locale: Locale, value: number): string {
  const decimals = (String(value).split('.')[1] ?? '').length;
  if (locale === 'ur') return `${formatNumber(locale, value, { minimumFractionDigits: decimals, maximumFractionDigits: decimals })} فیصد`;
  return formatNumber(locale, value / 100, {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

/** ISO "2018", "2018-04" or "2018-04-19" to a date written out at the precision it has. */
export function formatDate(locale: Locale, iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) throw new Error(`Not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): "${iso}"`);
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1));
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC', numberingSystem: NUMBERING_SYSTEM };
  if (mo) options.month = 'long';
  if (d) options.day = 'numeric';
  const parts = new Intl.DateTimeFormat(localeInfo[locale].intl, options).formatToParts(date);
  // "19 اپریل 2018", as the Urdu press writes it (ICU would add an Arabic comma).
  if (locale === 'ur')
    return parts
      .filter((p) => p.type !== 'literal')
      .map((p) => p.value)
      .join(' ');
  return parts.map((p) => p.value).join('');
}

/** Turns any Urdu (۰-۹) or Arabic-Indic (٠-٩) digits into Western digits. */
export function toWesternDigits(text: string): string {
  return text.replace(/[۰-۹]/g, (c) => String(c.charCodeAt(0) - 0x06f0)).replace(/[٠-٩]/g, (c) => String(c.charCodeAt(0) - 0x0660));
}
