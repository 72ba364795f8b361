// @vitest-environment jsdom
/** Each chart draws its final state from the rows it is given, before any step is active. */
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import DomesticViolenceChart from '../../src/graphics/domestic-violence/Chart.svelte';
import ChildAbuseReportsChart from '../../src/graphics/child-abuse-reports/Chart.svelte';
import HelplineChart from '../../src/graphics/helpline/Chart.svelte';
import LawEdgesChart from '../../src/graphics/law-edges/Chart.svelte';
import TimelineChart from '../../src/graphics/timeline/Chart.svelte';
import { groupOfKind, eventsByPeriod, eventsByYear, timelinePeriods } from '../../src/lib/charts/timeline.ts';
import { valueOf } from '../../src/lib/charts/rows.ts';

const steps = { previous: 'Previous step', next: 'Next step', stepOf: 'Step {n} of {total}' };
const labelsFor = <K extends string>(keys: readonly K[]) =>
  ({ ...Object.fromEntries(keys.map((k) => [k, `${k} {n}{min}{max}`])), ...steps }) as Record<K, string> & typeof steps;

describe('DomesticViolenceChart', () => {
  const rows = [
    { id: 'any', value: 34.2 },
    { id: 'emotional', value: 28.91 },
    { id: 'physical', value: 14.84 },
    { id: 'sexual', value: 4.79 },
    { id: 'never-sought-help', value: 50 },
  ];
  const labels = labelsFor(['any', 'emotional', 'physical', 'sexual', 'helpTitle', 'helpUnits'] as const);
  it('shows every kind of violence and the help-seeking panel in its final state', () => {
    const { container } = render(DomesticViolenceChart, { rows, locale: 'en', labels });
    expect(container.querySelectorAll('.bar-row.shown')).toHaveLength(4);
    expect([...container.querySelectorAll('.bar-value')].map((t) => t.textContent)).toEqual(['34.2%', '28.91%', '14.84%', '4.79%']);
    expect(container.querySelector('[data-panel="help-seeking"]')?.classList.contains('shown')).toBe(true);
    expect(container.querySelectorAll('.unit-row circle.on')).toHaveLength(5);
  });
  it('grows bars from the right in Urdu', () => {
    const en = render(DomesticViolenceChart, { rows, locale: 'en', labels }).container;
    const ur = render(DomesticViolenceChart, { rows, locale: 'ur', labels }).container;
    const x = (c: HTMLElement) => Number(c.querySelector('.bar-row rect.bar')!.getAttribute('x'));
    expect(x(ur)).toBeGreaterThan(x(en));
  });
});

describe('ChildAbuseReportsChart', () => {
  const rows = [2016, 2017, 2018, 2019].map((y, i) => ({ id: `reports-${y}`, value: [4139, 3445, 3832, 2846][i] }));
  it('draws one column per year with its count, all shown', () => {
    const { container } = render(ChildAbuseReportsChart, { rows, locale: 'en', labels: steps });
    expect([...container.querySelectorAll('.column.shown .column-value')].map((t) => t.textContent)).toEqual(['4,139', '3,445', '3,832', '2,846']);
  });
  it('runs the years right to left in Urdu', () => {
    const { container } = render(ChildAbuseReportsChart, { rows, locale: 'ur', labels: steps });
    const xs = [...container.querySelectorAll('.column rect.bar')].map((r) => Number(r.getAttribute('x')));
    expect(xs[0]).toBeGreaterThan(xs[3]);
  });
});

describe('HelplineChart', () => {
  const rows = [
    { id: 'first-four-months', value: 513 },
    { id: 'first-six-months', value: 763 },
    { id: 'year-2019', value: 2023 },
    { id: 'year-2020', value: 3298 },
    { id: 'year-2021', value: 4441 },
    { id: 'year-2021-variant', value: 4401 },
    { id: 'year-2022', value: 2695 },
    { id: 'year-2023', value: 2473 },
    { id: 'year-2024', value: 3171 },
    { id: 'cumulative-2024', value: 20020 },
    { id: 'women-2019', value: 57 },
  ];
  const labels = labelsFor(['firstFour', 'firstSix', 'noTotal', 'total', 'womenNote'] as const);
  it('leaves 2017 and 2018 as empty slots, never zero, and marks the 2021 variant', () => {
    const { container } = render(HelplineChart, { rows, locale: 'en', labels });
    expect(container.querySelectorAll('.empty-slot')).toHaveLength(2);
    expect(container.querySelectorAll('[data-row="year-2017"] rect.bar')).toHaveLength(0);
    expect(container.querySelectorAll('.variant')).toHaveLength(1);
    expect(container.querySelector('[data-row="year-2019"] .bar-note')?.textContent).toBe('57%');
    expect(container.textContent).toContain('total 20,020');
  });
  it('asks for a row its data does not have with a clear error', () => expect(() => valueOf(rows, 'year-2030')).toThrow('Chart data has no row "year-2030"'));
});

describe('LawEdgesChart', () => {
  const rows = [
    { id: 'ppc-377b', value: 14, valueMax: 20 },
    { id: 'zainab-alert', value: 10 },
    { id: 'peca-s21', value: 0, valueMax: 7, conflicting: true as const },
    { id: 'peca-s22', value: 0, valueMax: 7 },
    { id: 'peca-s24', value: 0, valueMax: 3, conflicting: true as const },
    { id: 'peca-s20', value: 0, valueMax: 3 },
  ];
  const keys = [
    'routesTitle',
    'committee',
    'ombudsperson',
    'fia',
    'courts',
    'stoppedNote',
    'countersTitle',
    'civil',
    'criminal',
    'peca20',
    'penaltiesTitle',
    'ppc377b',
    'zainabAlert',
    'peca21',
    'peca22',
    'peca20Bar',
    'peca24',
  ] as const;
  const labels = { ...labelsFor(keys), upTo: 'up to {max}', range: '{min} to {max}', life: '{min} to life', conflicting: '{term} (sources disagree)' };
  it('draws prison terms as ranges, life imprisonment as an open bar, and says where sources disagree', () => {
    const { container } = render(LawEdgesChart, { rows, locale: 'en', labels });
    expect([...container.querySelectorAll('.bar-value')].map((t) => t.textContent)).toEqual([
      '14 to 20',
      '10 to life',
      'up to 7 (sources disagree)',
      'up to 7',
      'up to 3 (sources disagree)',
      'up to 3',
    ]);
    expect(container.querySelectorAll('[data-row="zainab-alert"] rect.open-end')).toHaveLength(1);
    expect(container.querySelectorAll('.route-list li.stopped')).toHaveLength(2);
  });
});

describe('TimelineChart', () => {
  const events = [
    { id: 'a', period: '2017', kind: 'allegation' },
    { id: 'b', period: '2018', kind: 'court' },
    { id: 'c', period: '2018', kind: 'protest' },
    { id: 'd', period: '2023-2026', kind: 'law' },
  ];
  const periods = timelinePeriods(2017, 2022, 2026).map((p) => ({ key: p.key, label: p.label }));
  const labels = labelsFor(['people', 'legal', 'protest', 'law'] as const);
  it('draws one mark per event, shaped by kind, with no year dimmed in the final state', () => {
    const { container } = render(TimelineChart, { props: { events, periods, locale: 'en', labels } });
    expect(container.querySelectorAll('[data-event]')).toHaveLength(4);
    expect(container.querySelectorAll('.kind-people circle')).toHaveLength(2); // one event, one legend swatch
    expect(container.querySelectorAll('.event.dim')).toHaveLength(0);
  });
  it('groups event kinds and years', () => {
    expect(['allegation', 'denial', 'court', 'complaint', 'protest', 'law', 'other'].map(groupOfKind)).toEqual([
      'people',
      'people',
      'legal',
      'legal',
      'protest',
      'law',
      'law',
    ]);
    expect(eventsByYear([{ date: '2018-04-19' }, { date: '2017-08-01' }], 2017, 2019).map((y) => y.events.length)).toEqual([1, 1, 0]);
  });
  it('draws the years after 2022 as one band, labelled with its span', () => {
    expect(timelinePeriods(2017, 2022, 2026).map((p) => p.label)).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023–26']);
    const grouped = eventsByPeriod([{ date: '2024-04-29' }, { date: '2026-03-26' }, { date: '2022-06-08' }], timelinePeriods(2017, 2022, 2026));
    expect(grouped.map((g) => g.events.length)).toEqual([0, 0, 0, 0, 0, 1, 2]);
  });
});
