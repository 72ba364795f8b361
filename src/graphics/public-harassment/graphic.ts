/** The origins chapter's unit chart of 100 women: a quoted claim, not a measurement. */
import { defineGraphic } from '../defineGraphic.ts';

export default defineGraphic({
  id: 'public-harassment',
  tag: 'PublicHarassmentGraphic',
  data: 'public-harassment',
  states: 3,
  strings: 'graphic.publicHarassment',
  caveat: true,
  labels: ['affected', 'notAffected', 'claim'],
});
