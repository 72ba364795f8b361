/** Positions for a unit chart: `total` marks in rows of `columns`, filled from the reading start. */
export interface Unit {
  index: number;
  row: number;
  column: number;
  /** Centre, in chart units. */
  x: number;
  y: number;
  highlighted: boolean;
}

export function unitGrid(opts: { total: number; highlighted: number; columns: number; cell: number; rtl: boolean }): Unit[] {
  const { total, highlighted, columns, cell, rtl } = opts;
  const width = columns * cell;
  return Array.from({ length: total }, (_, index) => {
    const row = Math.floor(index / columns);
    const column = index % columns;
    const fromStart = column * cell + cell / 2;
    return {
      index,
      row,
      column,
      x: rtl ? width - fromStart : fromStart,
      y: row * cell + cell / 2,
      highlighted: index < highlighted,
    };
  });
}
