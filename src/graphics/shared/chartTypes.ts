/** Shapes passed to the shared chart pieces (BarRows, ColumnBars), and the props of a chart drawn from rows. */
import type { Snippet } from 'svelte';
import type { Locale } from '../../i18n/locales.ts';
import type { ChartRow } from '../../lib/charts/rows.ts';
import type { ChartLabels, GraphicDefinition } from '../defineGraphic.ts';

/**
 * How a chart draws as a still picture (the present mode's slides, rendered on the server):
 * `still` drops the steps and buttons, `stillStep` is the step to draw (omitted: the final state).
 * (Not `state`: Svelte would read `$state` as that prop's store.)
 */
export interface StillProps {
  still?: boolean;
  stillStep?: number;
}

/** What a chart island drawn from its data rows receives: the rows, the locale, its UI strings and its steps. */
export interface RowChartProps<G extends GraphicDefinition> extends StillProps {
  rows: ChartRow[];
  locale: Locale;
  labels: ChartLabels<G>;
  children?: Snippet;
}
export type Tone = 'strong' | 'second' | 'muted';

export interface BarRow {
  key: string;
  label: string;
  start: number;
  end: number;
  /** The bar runs past the end of the scale (e.g. life imprisonment). */
  open?: boolean;
  /** No figure exists for this row: drawn as an empty outline, never as zero. */
  empty?: boolean;
  /** A conflicting figure for the same row, drawn as a tick. */
  variant?: number;
  valueText: string;
  /** Text after the value (e.g. the share of callers who were women). */
  note?: string;
  shown: boolean;
  tone: Tone;
}

export interface Column {
  key: string;
  label: string;
  value: number;
  valueText: string;
  shown: boolean;
  tone: Tone;
}
