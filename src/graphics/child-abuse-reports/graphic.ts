/** The patriarchy chapter's columns of child sexual abuse cases reported in newspapers (Sahil), one year a step. */
import { defineGraphic } from '../defineGraphic.ts';

export default defineGraphic({
  id: 'child-abuse-reports',
  tag: 'ChildAbuseReportsGraphic',
  data: 'child-abuse-reports',
  states: 4,
  strings: 'graphic.childAbuse',
  caveat: true,
  labels: [],
});
