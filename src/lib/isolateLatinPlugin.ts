/**
 * Markdown (Sätteri) plugin for the Urdu chapters, pages and guides: wraps each Latin run
 * in the text (a hashtag, a law's English title, a name in Latin letters) in
 * <bdi lang="en" dir="ltr">, so it keeps its shape inside right-to-left text and is set
 * in a Latin font, and each digit-led token with a dash or parentheses ("2017–18", "29(1)")
 * in <bdi dir="ltr">, so it reads in its own order. Files outside the translated folders'
 * Urdu parts (src/lib/translatedFolders.ts) are left alone.
 */
import type { HastPluginEntry } from 'satteri';
import { splitLatinRuns } from './bidi.ts';
import { isTranslationFile } from './translatedFolders.ts';

const SKIP_PARENTS = new Set(['code', 'pre', 'bdi', 'script', 'style']);

export function isUrduContentFile(path: string): boolean {
  return isTranslationFile(path);
}

/** Text split into plain text and <bdi> elements; null when there is nothing to wrap. */
export function latinRunNodes(value: string) {
  const parts = splitLatinRuns(value);
  if (!parts.some((p) => p.latin || p.number)) return null;
  return parts.map((part) =>
    part.latin || part.number
      ? {
          type: 'element' as const,
          tagName: 'bdi',
          properties: part.latin ? { lang: 'en', dir: 'ltr' } : { dir: 'ltr' },
          children: [{ type: 'text' as const, value: part.text }],
        }
      : { type: 'text' as const, value: part.text },
  );
}

export const isolateLatinInUrdu: HastPluginEntry = (ctx) => {
  if (!ctx.fileURL || !isUrduContentFile(decodeURIComponent(ctx.fileURL.pathname))) return null;
  return {
    name: 'isolate-latin-in-urdu',
    text(node, visit) {
      const parent = visit.parent(node) as { tagName?: string } | undefined;
      if (parent?.tagName && SKIP_PARENTS.has(parent.tagName)) return;
      const nodes = latinRunNodes(node.value);
      if (nodes) visit.replaceNode(node, nodes as never);
    },
  };
};
