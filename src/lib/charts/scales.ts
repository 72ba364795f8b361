/**
 * Scales shared by the charts. Right-to-left pages mirror the horizontal axis: bars
 * grow from the right and categories run right to left, as Urdu readers read.
 */
import { scaleBand, scaleLinear } from 'd3-scale';

/** A linear scale from 0..max onto the inline axis between `start` and `end` (chart units). */
export function inlineLinear(max: number, start: number, end: number, rtl: boolean) {
  return scaleLinear()
    .domain([0, max])
    .range(rtl ? [end, start] : [start, end]);
}

/** Category positions along the inline axis, in reading order. */
export function inlineBand(keys: readonly string[], start: number, end: number, rtl: boolean, padding = 0.25) {
  return scaleBand<string>()
    .domain(keys)
    .range(rtl ? [end, start] : [start, end])
    .paddingInner(padding)
    .paddingOuter(padding / 2);
}

/** A vertical scale from 0..max onto [bottom, top] (SVG y grows downward). */
export function blockLinear(max: number, bottom: number, top: number) {
  return scaleLinear().domain([0, max]).range([bottom, top]);
}

/** A round upper bound for an axis that holds `value`. */
export function niceMax(value: number): number {
  return scaleLinear().domain([0, value]).nice(4).domain()[1];
}

/** Evenly spaced ticks from 0 to max. */
export function ticks(max: number, count = 4): number[] {
  return scaleLinear().domain([0, max]).ticks(count);
}
