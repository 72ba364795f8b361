/** The law chapter's two edges: routes for a complaint, counter-suits, and prison terms. */
import { defineGraphic } from '../defineGraphic.ts';

export default defineGraphic({
  id: 'law-edges',
  tag: 'LawEdgesGraphic',
  data: 'law-penalties',
  states: 4,
  strings: 'graphic.lawEdges',
  caveat: true,
  labels: [
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
    'upTo',
    'range',
    'life',
    'conflicting',
  ],
});
