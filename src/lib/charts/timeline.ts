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

/** Events grouped by year, in date order, for the years from `first` to `last` inclusive. */
export function eventsByYear<T extends EventLike>(events: readonly T[], first: number, last: number): { year: number; events: T[] }[] {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  const out: { year: number; events: T[] }[] = [];
  for (let year = first; year <= last; year++) out.push({ year, events: sorted.filter((e) => Number(e.date.slice(0, 4)) === year) });
  return out;
}
