/**
 * Timeline events are grouped into four kinds for the chart, each drawn with its own
 * shape as well as its own colour: what people said (allegations and denials), legal
 * steps (complaints and court rulings), protests, and laws and other events.
 */
export const KIND_GROUPS = ['people', 'legal', 'protest', 'law'] as const;
export type KindGroup = (typeof KIND_GROUPS)[number];

export function groupOfKind(kind: string): KindGroup {
  switch (kind) {
    case 'allegation':
    case 'denial':
      return 'people';
    case 'court':
    case 'complaint':
      return 'legal';
    case 'protest':
      return 'protest';
    default:
      return 'law';
  }
}

export interface EventLike {
  date: string;
}

/** A stretch of the timeline: one year, or several years drawn as one band ("2023–26"). */
export interface Period {
  key: string;
  label: string;
  from: number;
  to: number;
}

/**
 * The bands of the timeline: one per year from `first` to `lastSingle`, then one band for
 * the years after it up to `last`, when the movement's fights had moved into the courts.
 */
export function timelinePeriods(first: number, lastSingle: number, last: number): Period[] {
  const out: Period[] = [];
  for (let year = first; year <= lastSingle; year++) out.push({ key: String(year), label: String(year), from: year, to: year });
  if (last > lastSingle) out.push({ key: `${lastSingle + 1}-${last}`, label: `${lastSingle + 1}–${String(last).slice(2)}`, from: lastSingle + 1, to: last });
  return out;
}

/** Events grouped by period, in date order. */
export function eventsByPeriod<T extends EventLike>(events: readonly T[], periods: readonly Period[]): { period: Period; events: T[] }[] {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  return periods.map((period) => ({
    period,
    events: sorted.filter((e) => Number(e.date.slice(0, 4)) >= period.from && Number(e.date.slice(0, 4)) <= period.to),
  }));
}

/** Events grouped by year, in date order, for the years from `first` to `last` inclusive. */
export function eventsByYear<T extends EventLike>(events: readonly T[], first: number, last: number): { year: number; events: T[] }[] {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  const out: { year: number; events: T[] }[] = [];
  for (let year = first; year <= last; year++) out.push({ year, events: sorted.filter((e) => Number(e.date.slice(0, 4)) === year) });
  return out;
}
