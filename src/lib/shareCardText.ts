/**
 * The words on a chart's share picture, in the page's language, from the dictionaries
 * (src/i18n) and the source registry's facts. Run at build time by GraphicFrame; the
 * browser receives the result and only lays it out and draws it (src/lib/shareCard.ts).
 */
import { t, type UiKey } from '../i18n/index.ts';
import { localeInfo, type Locale } from '../i18n/locales.ts';
import { isolateLatinRuns } from './bidi.ts';
import { cardText, sourceLine, type CardText } from './shareCard.ts';

export interface ShareFacts {
  graphicId: string;
  chapter: { number: number; title: string };
  /** The chart's title as the page shows it: its finding, placeholders filled. */
  finding: string;
  /** Each source's publisher and date (YYYY-MM-DD or undefined), as the registry has them; none for the timeline, whose events carry their own. */
  sources?: { publisher: string; date?: string }[];
  /** The absolute URL of the chart's section. */
  url: string;
}

export function shareCardText(locale: Locale, facts: ShareFacts): CardText {
  const info = localeInfo[locale];
  const rtl = info.dir === 'rtl';
  const sources = facts.sources?.map((s) => ({
    publisher: rtl ? isolateLatinRuns(s.publisher) : s.publisher,
    year: s.date ? s.date.slice(0, 4) : t(locale, 'source.undated'),
  }));
  return cardText({
    dir: info.dir,
    lang: info.lang,
    chapter: t(locale, 'share.chapter', { n: facts.chapter.number, title: rtl ? isolateLatinRuns(facts.chapter.title) : facts.chapter.title }),
    title: t(locale, `data.name.${facts.graphicId}` as UiKey),
    finding: facts.finding,
    source: sources?.length
      ? sourceLine(t(locale, sources.length > 1 ? 'graphic.sources' : 'graphic.source'), sources, t(locale, 'punctuation.comma'))
      : t(locale, 'share.sourcesTimeline'),
    url: facts.url,
    graphicId: facts.graphicId,
  });
}
