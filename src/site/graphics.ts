/**
 * The graphics. Each draws exactly the rows of one file in content/data (or, for the
 * timeline, the events of content/timeline.yaml), so its table, its CSV download and its
 * marks always agree. Titles, descriptions and caveats are UI strings, translated in
 * src/i18n; numbers in them are filled from the data.
 */
import type { UiKey } from '../i18n/index.ts';

export interface GraphicDefinition {
  /** content/data/<data>.csv, or 'timeline' for content/timeline.yaml */
  data: string;
  title: UiKey;
  description: UiKey;
  caveat?: UiKey;
  /** How many states the chart draws; its <Step>s in a chapter must match (0: a static figure). */
  states: number;
  /** The MDX component that places it in a chapter. */
  tag: string;
}

export const graphics = {
  'public-harassment': {
    data: 'public-harassment',
    title: 'graphic.publicHarassment.title',
    description: 'graphic.publicHarassment.description',
    caveat: 'graphic.publicHarassment.caveat',
    states: 3,
    tag: 'PublicHarassmentGraphic',
  },
  'domestic-violence': {
    data: 'domestic-violence',
    title: 'graphic.domesticViolence.title',
    description: 'graphic.domesticViolence.description',
    caveat: 'graphic.domesticViolence.caveat',
    states: 5,
    tag: 'DomesticViolenceGraphic',
  },
  'child-abuse-reports': {
    data: 'child-abuse-reports',
    title: 'graphic.childAbuse.title',
    description: 'graphic.childAbuse.description',
    caveat: 'graphic.childAbuse.caveat',
    states: 4,
    tag: 'ChildAbuseReportsGraphic',
  },
  'law-edges': {
    data: 'law-penalties',
    title: 'graphic.lawEdges.title',
    description: 'graphic.lawEdges.description',
    caveat: 'graphic.lawEdges.caveat',
    states: 4,
    tag: 'LawEdgesGraphic',
  },
  timeline: {
    data: 'timeline',
    title: 'graphic.timeline.title',
    description: 'graphic.timeline.description',
    caveat: 'graphic.timeline.caveat',
    states: 7,
    tag: 'TimelineGraphic',
  },
  helpline: {
    data: 'helpline',
    title: 'graphic.helpline.title',
    description: 'graphic.helpline.description',
    caveat: 'graphic.helpline.caveat',
    states: 4,
    tag: 'HelplineGraphic',
  },
  'online-survey': {
    data: 'online-survey-2017',
    title: 'graphic.onlineSurvey.title',
    description: 'graphic.onlineSurvey.description',
    caveat: 'graphic.onlineSurvey.caveat',
    states: 0,
    tag: 'OnlineSurveyGraphic',
  },
} satisfies Record<string, GraphicDefinition>;

export type GraphicId = keyof typeof graphics;
