/** The online chapter's bars for DRF's 2017 survey of women at its workshops: a static figure, no steps. */
import { defineGraphic } from '../defineGraphic.ts';

export default defineGraphic({
  id: 'online-survey',
  tag: 'OnlineSurveyGraphic',
  data: 'online-survey-2017',
  states: 0,
  strings: 'graphic.onlineSurvey',
  caveat: true,
  labels: ['harassed', 'afraid', 'unaware'],
});
