/**
 * What every MDX entry page (chapter, guide, help/about/privacy) does before it is drawn:
 * pick the language its text is in (English when the translation is missing), collect the
 * sources its body cites, hand both to the MDX building blocks, and render the body once.
 * src/layouts/EntryLayout.astro draws the result. (Astro only.)
 */
import { render } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { pageCitations } from './citations.ts';
import type { Localized } from './localized.ts';
import { setPageContext, type PageContext } from './pageContext.ts';

export type EntryView = Localized<'chapters'> | Localized<'pages'> | Localized<'guides'>;

/** `chapter`: the chapter's number and title, which its graphics' share pictures name. */
export async function prepareEntry(locals: App.Locals, view: EntryView, chapter?: PageContext['chapter']) {
  const textLocale: Locale = view.isFallback ? 'en' : view.locale;
  const citations = await pageCitations(view.entry.body ?? '');
  setPageContext(locals, { locale: textLocale, citations, chapter });
  const { Content, headings } = await render(view.entry);
  return { textLocale, citations, Content, headings };
}

export type PreparedEntry = Awaited<ReturnType<typeof prepareEntry>>;
