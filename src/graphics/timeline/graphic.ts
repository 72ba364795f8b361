/** The backlash chapter's timeline, 2017 to 2026, stepped through one band of years at a time. */
import { defineGraphic } from '../defineGraphic.ts';

export default defineGraphic({
  id: 'timeline',
  tag: 'TimelineGraphic',
  data: 'timeline',
  states: 7,
  strings: 'graphic.timeline',
  caveat: true,
  labels: ['people', 'legal', 'protest', 'law'],
});
