/** The minimal form of a data row that an island receives: its key and its numbers. */
export interface ChartRow {
  id: string;
  value: number;
  valueMax?: number;
  /** Set when the row's sources disagree (its confidence is "conflicting"): the chart says so. */
  conflicting?: true;
}

/** The value of row `id`; throws if the chart asks for a row its data file does not have. */
export function valueOf(rows: readonly ChartRow[], id: string): number {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`Chart data has no row "${id}"`);
  return row.value;
}

export function rowOf(rows: readonly ChartRow[], id: string): ChartRow {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`Chart data has no row "${id}"`);
  return row;
}
