import type { Locale } from '../i18n/locales.ts';
import { formatDate, formatNumber, formatPercent } from '../i18n/format.ts';
import type { Figure } from './schemas.ts';

/** Rupee amounts the way each edition writes them: "Rs1 billion"; "1 ارب روپے" (lakh, crore, arab in Urdu). */
export function formatRupees(locale: Locale, value: number): string {
  const n = (v: number) => formatNumber(locale, v, { maximumFractionDigits: 2 });
  if (locale === 'ur') {
    if (value >= 1e9) return `${n(value / 1e9)} ارب روپے`;
    if (value >= 1e7) return `${n(value / 1e7)} کروڑ روپے`;
    if (value >= 1e5) return `${n(value / 1e5)} لاکھ روپے`;
    return `${n(value)} روپے`;
  }
  if (value >= 1e9) return `Rs${n(value / 1e9)} billion`;
  if (value >= 1e6) return `Rs${n(value / 1e6)} million`;
  return `Rs${n(value)}`;
}

/**
 * The text a <Fig> shows. Percentages and rupees carry their unit; dates are written
 * out; counts, durations, ages and ranks are bare numbers, and the sentence around them
 * says what they count (word order differs between English and Urdu).
 */
export function formatFigure(fig: Figure, locale: Locale): string {
  const range = (a: string, b: string) => (locale === 'ur' ? `${a} سے ${b}` : `${a} to ${b}`);
  switch (fig.unit) {
    case 'date':
    case 'year':
      return formatDate(locale, fig.date!);
    case 'section':
      return String(fig.value);
    case 'percent': {
      const v = Number(fig.value);
      return fig.value_max !== undefined ? range(formatPercent(locale, v), formatPercent(locale, fig.value_max)) : formatPercent(locale, v);
    }
    case 'rupees':
      return formatRupees(locale, Number(fig.value));
    default: {
      const v = formatNumber(locale, Number(fig.value));
      return fig.value_max !== undefined ? range(v, formatNumber(locale, fig.value_max)) : v;
    }
  }
}
