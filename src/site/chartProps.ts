/** Props every graphic island receives from the server: its rows in minimal form and its UI strings. */
import { template, type UiKey } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import type { ChartRow } from '../lib/charts/rows.ts';
import type { DataEntry } from './data.ts';

/** Only the numbers and keys a chart draws, so the page ships as little as possible. */
export function chartRows(rows: DataEntry[]): ChartRow[] {
  return rows.map((r) => ({
    id: r.row_id,
    value: Number(r.value),
    ...(r.value_max ? { valueMax: Number(r.value_max) } : {}),
    ...(r.confidence === 'conflicting' ? { conflicting: true as const } : {}),
  }));
}

/**
 * A graphic's UI strings: those under `prefix` (e.g. 'graphic.helpline.') plus the step
 * buttons' and counter's. Placeholders such as {n} stay in, for the chart to fill.
 */
export function chartLabels<K extends string>(locale: Locale, prefix: string, keys: readonly K[]) {
  return {
    ...(Object.fromEntries(keys.map((k) => [k, template(locale, `${prefix}${k}` as UiKey)])) as Record<K, string>),
    previous: template(locale, 'graphic.previousStep'),
    next: template(locale, 'graphic.nextStep'),
    stepOf: template(locale, 'graphic.stepOf'),
  };
}
