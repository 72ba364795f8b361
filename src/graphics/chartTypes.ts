/** Shapes passed to the shared chart pieces (BarRows, ColumnBars). */
export type Tone = 'strong' | 'second' | 'muted';

export interface BarRow {
  key: string;
  label: string;
  start: number;
  end: number;
  /** The bar runs past the end of the scale (e.g. life imprisonment). */
  open?: boolean;
  valueText: string;
  shown: boolean;
  tone: Tone;
}

export interface Column {
  key: string;
  label: string;
  /** null: no figure exists for this period (drawn as an empty slot, never as zero). */
  value: number | null;
  valueText: string;
  /** A conflicting figure for the same period, drawn as a tick. */
  variant?: number;
  /** Text under the label (e.g. the share of callers who were women). */
  note?: string;
  shown: boolean;
  tone: Tone;
}
