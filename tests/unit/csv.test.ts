import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/lib/csv.ts';

describe('CSV', () => {
  it('parses quoted cells with commas and quotes', () => {
    const { columns, rows } = parseCsv('a,b\n"x, y","say ""hi"""\n', 'f.csv');
    expect(columns).toEqual(['a', 'b']);
    expect(rows).toEqual([{ a: 'x, y', b: 'say "hi"' }]);
  });
  it('names the file and row when a row has the wrong number of cells', () =>
    expect(() => parseCsv('a,b\n1\n', 'content/data/x.csv')).toThrow('content/data/x.csv: row 1: has 1 cells but the header has 2'));
  it('writes a byte-order mark so spreadsheets read Urdu, and round-trips', () => {
    const text = toCsv(['a', 'b'], [{ a: 'اردو', b: '1,2' }]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(text, 'f').rows).toEqual([{ a: 'اردو', b: '1,2' }]);
  });
});
