import { describe, expect, it } from 'vitest';
import { blockLinear, inlineBand, inlineLinear, niceMax, ticks } from '../../src/lib/charts/scales.ts';

describe('chart scales', () => {
  it('grow bars from the left in English and from the right in Urdu', () => {
    expect(inlineLinear(100, 10, 310, false)(0)).toBe(10);
    expect(inlineLinear(100, 10, 310, false)(50)).toBe(160);
    expect(inlineLinear(100, 10, 310, true)(0)).toBe(310);
    expect(inlineLinear(100, 10, 310, true)(100)).toBe(10);
  });
  it('run categories in reading order', () => {
    const ltr = inlineBand(['2016', '2019'], 0, 300, false);
    const rtl = inlineBand(['2016', '2019'], 0, 300, true);
    expect(ltr('2016')!).toBeLessThan(ltr('2019')!);
    expect(rtl('2016')!).toBeGreaterThan(rtl('2019')!);
  });
  it('put zero at the bottom of a column chart', () => {
    expect(blockLinear(4000, 200, 20)(0)).toBe(200);
    expect(blockLinear(4000, 200, 20)(4000)).toBe(20);
  });
  it('round axis maxima and ticks', () => {
    expect(niceMax(4139)).toBe(5000);
    expect(ticks(5000)).toEqual([0, 1000, 2000, 3000, 4000, 5000]);
  });
});
