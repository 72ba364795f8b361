/**
 * Markdown (Sätteri) plugin for Urdu chapters and pages: wraps each Latin run in the
 * text (a hashtag, a law's English title, a name in Latin letters) in
 * <bdi lang="en" dir="ltr">, so it keeps its shape inside right-to-left text and is set
 * in a Latin font. Files outside content/…/ur/ are left alone.
 */
import type { HastPluginEntry } from 'satteri';
import { splitLatinRuns } from './bidi.ts';

const SKIP_PARENTS = new Set(['code', 'pre', 'bdi', 'script', 'style']);

export function isUrduContentFile(path: string): boolean {
  return /[\\/]content[\\/](chapters|pages)[\\/]ur[\\/]/.test(path);
}

/** Text split into plain text and <bdi> elements; null when there is nothing to wrap. */
export function latinRunNodes(value: string) {
  if (!/[A-Za-z]/.test(value)) return null;
  return splitLatinRuns(value).map((part) =>
    part.latin
      ? {
          type: 'element' as const,
          tagName: 'bdi',
          properties: { lang: 'en', dir: 'ltr' },
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
