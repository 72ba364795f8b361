/** Lists of figures for a graphic's text description, written in the page's language. */
import { t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locales.ts';

/** "label: value, label: value" */
export function describeItems(locale: Locale, items: { label: string; value: string }[]): string {
  return items.map((i) => t(locale, 'graphic.list.item', i)).join(t(locale, 'punctuation.comma'));
}

/** "4,139 in 2016, 3,445 in 2017" (and the Urdu word order in Urdu). */
export function describeYears(locale: Locale, items: { year: string; value: string }[]): string {
  return items.map((i) => t(locale, 'graphic.list.inYear', i)).join(t(locale, 'punctuation.comma'));
}
