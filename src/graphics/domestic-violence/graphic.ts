/** The patriarchy chapter's bars of violence by a husband or partner (PDHS 2017-18), then the share who never sought help. */
import { defineGraphic } from '../defineGraphic.ts';

export default defineGraphic({
  id: 'domestic-violence',
  tag: 'DomesticViolenceGraphic',
  data: 'domestic-violence',
  states: 5,
  strings: 'graphic.domesticViolence',
  caveat: true,
  labels: ['any', 'emotional', 'physical', 'sexual', 'helpTitle', 'helpUnits'],
});
