/** Props every graphic island receives from the server: its rows in minimal form and its UI strings. */
import { template, type UiKey } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { ChartRow } from '../../lib/charts/rows.ts';
import type { DataEntry } from '../../site/data.ts';
import type { ChartLabels, GraphicDefinition } from '../defineGraphic.ts';

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
 * A graphic's UI strings: its labels (graphic.ts) plus the step buttons' and counter's.
 * Placeholders such as {n} stay in, for the chart to fill.
 */
export function chartLabels<G extends GraphicDefinition>(locale: Locale, graphic: G): ChartLabels<G> {
  return {
    ...Object.fromEntries(Object.entries(graphic.labelKeys).map(([k, key]) => [k, template(locale, key as UiKey)])),
    previous: template(locale, 'graphic.previousStep'),
    next: template(locale, 'graphic.nextStep'),
    stepOf: template(locale, 'graphic.stepOf'),
  } as ChartLabels<G>;
}
