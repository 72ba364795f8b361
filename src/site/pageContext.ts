/**
 * What MDX building blocks need to know about the page they are rendered in: its
 * language and the chapter's ordered source list. The chapter page sets it on
 * Astro.locals before rendering the chapter body.
 */
import type { Locale } from '../i18n/locales.ts';

export interface PageContext {
  locale: Locale;
  citations: string[];
  /** The chapter being rendered, for what a graphic's share picture names. */
  chapter?: { number: number; title: string };
  /**
   * Set when a chapter is shown as slides (its present mode): graphics draw their slides
   * instead of their scrolly frame, and citation markers link to the source list on the
   * chapter's own page, at this address.
   */
  present?: { chapterHref: string };
}

export function setPageContext(locals: App.Locals, context: PageContext): void {
  locals.page = context;
}

export function pageContext(locals: App.Locals): PageContext {
  const page = locals.page;
  if (!page) throw new Error('An MDX component was rendered outside a chapter or page that sets its page context');
  return page;
}
