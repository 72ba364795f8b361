/**
 * Which edition a built file belongs to, for "Save for offline reading": the Urdu edition
 * is everything under ur/, the Nastaliq font and the Urdu search index; the English
 * edition is every other page and the English search index; scripts, styles, chart data
 * and the search engine itself are shared by both.
 */
export type Edition = 'en' | 'ur' | 'shared';

export function editionOf(path: string): Edition {
  if (path.startsWith('ur/')) return 'ur';
  if (/^_astro\/nastaliq/.test(path)) return 'ur';
  // Pagefind names each language's files after it; Urdu has no stemmer, so its wasm is "unknown".
  if (/^pagefind\/(.*\/)?ur_|^pagefind\/pagefind\.ur_|^pagefind\/wasm\.unknown\./.test(path)) return 'ur';
  if (/^pagefind\/(.*\/)?en_|^pagefind\/pagefind\.en_|^pagefind\/wasm\.en\./.test(path)) return 'en';
  if (path.endsWith('.html')) return 'en';
  return 'shared';
}
