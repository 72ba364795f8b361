/**
 * The graphics: each draws exactly the rows of one file in content/data, so its table,
 * its CSV download and its marks always agree. Titles, descriptions and caveats are UI
 * strings, translated in src/i18n.
 */
import type { UiKey } from '../i18n/index.ts';

export interface GraphicDefinition {
  /** content/data/<data>.csv */
  data: string;
  title: UiKey;
  description: UiKey;
  caveat?: UiKey;
  /** How many states the chart draws; its steps in a chapter must match. */
  states: number;
}

export const graphics = {
  'public-harassment': {
    data: 'public-harassment',
    title: 'graphic.publicHarassment.title',
    description: 'graphic.publicHarassment.description',
    caveat: 'graphic.publicHarassment.caveat',
    states: 3,
  },
} satisfies Record<string, GraphicDefinition>;

export type GraphicId = keyof typeof graphics;
