import { csvParseRows, csvFormatRows } from 'd3-dsv';

export interface CsvTable {
  columns: string[];
  rows: Record<string, string>[];
}

/** Parses CSV text with a header row. `file` only names the file in error messages. */
export function parseCsv(text: string, file: string): CsvTable {
  const clean = text.replace(/^\uFEFF/, '');
  const [header, ...body] = csvParseRows(clean).filter((r) => r.length > 1 || (r[0] ?? '') !== '');
  if (!header) throw new Error(`${file}: file: the file is empty (it needs a header row)`);
  const rows = body.map((cells, i) => {
    if (cells.length !== header.length) {
      throw new Error(`${file}: row ${i + 1}: has ${cells.length} cells but the header has ${header.length}`);
    }
    return Object.fromEntries(header.map((h, j) => [h, cells[j]]));
  });
  return { columns: header, rows };
}

/** CSV text from rows, with a byte-order mark so spreadsheet programs show Urdu correctly. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const body = csvFormatRows([columns as string[], ...rows.map((r) => columns.map((c) => (r[c] == null ? '' : String(r[c]))))]);
  return `\uFEFF${body}\n`;
}
