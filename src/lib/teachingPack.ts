/**
 * The teaching pack: every chapter and its classroom guide as an A4 PDF, per language.
 * Pure logic shared by the pages (which link to the pack) and tools/teaching-pack.ts
 * (which prints it): where each PDF lives, and how a built page's pack links are
 * turned from the print view into the PDF with its size once the PDF exists.
 *
 * The design, and why: Astro builds the pages before any PDF can exist (the PDFs are
 * printed from the built pages). So every pack link is first built as a working link
 * to the page's print view, carrying the PDF's path and its localised label in data
 * attributes. After printing, the tool rewrites exactly those links whose PDF is on disk
 * into a link to the PDF with its size. Without Chromium nothing is rewritten, and every
 * link still works: it opens the page, which prints cleanly from the browser.
 */
import type { Locale } from '../i18n/locales.ts';
import { localizePath, withBase } from './paths.ts';

export type PackKind = 'chapter' | 'guide';
export const PACK_KINDS: readonly PackKind[] = ['chapter', 'guide'];

/** The site page a PDF is printed from: /chapters/law/ or /ur/classroom/law/ (no base). */
export function packPagePath(locale: Locale, slug: string, kind: PackKind): string {
  return localizePath(locale, kind === 'chapter' ? `/chapters/${slug}/` : `/classroom/${slug}/`);
}

/** The PDF's path inside the built site: pack/law-chapter.pdf, ur/pack/law-guide.pdf. */
export function packPdfPath(locale: Locale, slug: string, kind: PackKind): string {
  return localizePath(locale, `/pack/${slug}-${kind}.pdf`).slice(1);
}

export interface PackItem {
  locale: Locale;
  slug: string;
  kind: PackKind;
  page: string;
  pdf: string;
}

export function packItems(slugs: readonly string[], locales: readonly Locale[]): PackItem[] {
  return locales.flatMap((locale) =>
    slugs.flatMap((slug) => PACK_KINDS.map((kind) => ({ locale, slug, kind, page: packPagePath(locale, slug, kind), pdf: packPdfPath(locale, slug, kind) }))),
  );
}

/** A file size in whole kilobytes, at least 1, with Western digits: "312", "1,204". */
export function kilobytes(bytes: number): string {
  return Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-US');
}

const PACK_LINK = /<a\b([^>]*?)\sdata-pack-pdf="([^"]+)"([^>]*)>([\s\S]*?)<\/a>/g;

/**
 * Rewrites each pack link (<a data-pack-pdf="…" data-pack-text="PDF, {kb} KB">) whose PDF
 * has a size in `sizes` (keyed by packPdfPath) to point at the PDF, with its label and
 * size. Links without a PDF are left as they are: the print view. Idempotent.
 */
export function patchPackLinks(html: string, sizes: ReadonlyMap<string, number>, base: string): { html: string; patched: number } {
  let patched = 0;
  const out = html.replace(PACK_LINK, (whole, before: string, pdf: string, after: string) => {
    const size = sizes.get(pdf);
    if (size === undefined) return whole;
    const attrs = `${before} data-pack-pdf="${pdf}"${after}`;
    const label = /\sdata-pack-text="([^"]*)"/.exec(attrs)?.[1];
    if (!label) return whole;
    patched++;
    const withHref = attrs.replace(/\shref="[^"]*"/, ` href="${withBase(base, `/${pdf}`)}"`).replace(/\sdata-pack-made(="[^"]*")?/, '');
    return `<a${withHref} data-pack-made>${label.replace('{kb}', kilobytes(size))}</a>`;
  });
  return { html: out, patched };
}
