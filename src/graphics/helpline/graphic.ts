/** The online chapter's bars of complaints to the Digital Rights Foundation's helpline. */
import { defineGraphic } from '../defineGraphic.ts';

export default defineGraphic({
  id: 'helpline',
  tag: 'HelplineGraphic',
  data: 'helpline',
  states: 4,
  strings: 'graphic.helpline',
  caveat: true,
  labels: ['firstFour', 'firstSix', 'noTotal', 'total', 'womenNote'],
});
