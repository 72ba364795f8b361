/**
 * A graphic's definition, the one place its facts live (src/graphics/<id>/graphic.ts):
 * which data it draws, how many states its steps move through, the MDX tag that places
 * it, and the UI strings it uses. Its wrapper, its chart, the MDX components, the data
 * page, the CSV download and the tests all read it from there.
 *
 * The strings live in src/i18n under `strings`: `<strings>.title` (the finding),
 * `<strings>.description` (for screen readers), `<strings>.caveat` when `caveat` is set,
 * and `<strings>.<key>` for each of `labels`.
 */
import type { UiKey } from '../i18n/index.ts';

export interface GraphicInput<Id extends string, Label extends string> {
  /** The folder name, the figure's id on the page and the name of its CSV download. */
  id: Id;
  /** The MDX component that places it in a chapter, e.g. HelplineGraphic. */
  tag: string;
  /** content/data/<data>.csv, or 'timeline' for content/timeline.yaml. */
  data: string;
  /** How many states the chart draws; its <Step>s in a chapter must match (0: a static figure). */
  states: number;
  /** The prefix of its UI strings, e.g. 'graphic.helpline'. */
  strings: string;
  caveat?: boolean;
  /** The keys under `strings` that the chart draws as labels. */
  labels: readonly Label[];
}

export interface GraphicDefinition<Id extends string = string, Label extends string = string> extends GraphicInput<Id, Label> {
  title: UiKey;
  description: UiKey;
  caveatKey?: UiKey;
  /** The full UI key of each label. */
  labelKeys: Record<Label, UiKey>;
}

export function defineGraphic<const Id extends string, const Label extends string>(input: GraphicInput<Id, Label>): GraphicDefinition<Id, Label> {
  const key = (name: string) => `${input.strings}.${name}` as UiKey;
  return {
    ...input,
    title: key('title'),
    description: key('description'),
    caveatKey: input.caveat ? key('caveat') : undefined,
    labelKeys: Object.fromEntries(input.labels.map((l) => [l, key(l)])) as Record<Label, UiKey>,
  };
}

/** The labels a chart receives: each label key, plus the step buttons' and the counter's. */
export type ChartLabels<G extends GraphicDefinition> = Record<keyof G['labelKeys'] | 'previous' | 'next' | 'stepOf', string>;
