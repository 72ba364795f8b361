import { describe, expect, it } from 'vitest';
import { unitGrid } from '../../src/lib/charts/unitGrid.ts';

describe('unit chart layout', () => {
  const ltr = unitGrid({ total: 100, highlighted: 93, columns: 10, cell: 10, rtl: false });
  it('places 100 units in 10 rows', () => {
    expect(ltr).toHaveLength(100);
    expect(ltr[99]).toMatchObject({ row: 9, column: 9 });
  });
  it('highlights exactly the first 93', () => {
    expect(ltr.filter((u) => u.highlighted)).toHaveLength(93);
    expect(ltr[92].highlighted).toBe(true);
    expect(ltr[93].highlighted).toBe(false);
  });
  it('fills from the left in English and from the right in Urdu', () => {
    const rtl = unitGrid({ total: 100, highlighted: 93, columns: 10, cell: 10, rtl: true });
    expect(ltr[0].x).toBe(5);
    expect(rtl[0].x).toBe(95);
    expect(rtl[0].y).toBe(ltr[0].y);
  });
});
