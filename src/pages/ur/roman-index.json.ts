/**
 * The Roman-Urdu index, written at build time: phonetic key → the Urdu edition's words with
 * that key, most frequent first (src/lib/romanUrdu.ts). The Urdu search box loads it on the
 * first query typed in Latin letters.
 */
import { buildRomanIndex } from '../../lib/romanUrdu.ts';
import { siteUrduVocabulary } from '../../lib/siteVocabulary.ts';

export function GET(): Response {
  const index = buildRomanIndex(siteUrduVocabulary(process.cwd()));
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
}
