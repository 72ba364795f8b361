/**
 * English UI strings. Every visible word that is not chapter prose lives here, under a
 * dotted key; ur.ts must have the same keys (the type checker and `npm run i18n:check`
 * both enforce it). Placeholders look like {name}.
 */
export const en = {
  'site.title': '#MeToo in Pakistan',
  'site.tagline': 'An explainer in seven chapters: how women in Pakistan spoke up about harassment and abuse, and what happened next.',
  'site.intro':
    'In 2018 the #MeToo hashtag, #MeinBhi in Urdu, gave women across Pakistan a way to speak in public about harassment and abuse. This explainer follows what came of it: where it started, the laws it tested, the cases that divided opinion, the backlash, and the people still working for change. Every figure links to its source.',
  'site.careNote': 'Some chapters describe sexual violence and abuse. Each begins with a content note, and help is one click away.',

  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.chapters': 'Chapters',
  'nav.search': 'Search',
  'nav.sources': 'Sources',
  'nav.help': 'Get help',
  'nav.about': 'About',
  'nav.privacy': 'Privacy',
  'nav.glossary': 'Glossary',
  'nav.data': 'Data',
  'nav.translations': 'Translation status',
  'a11y.skipToContent': 'Skip to the main text',

  'lang.switch': 'اردو میں پڑھیں',

  'home.chaptersHeading': 'The chapters',
  'home.readingTime': '{minutes} min read',
  'home.chapterNumber': 'Chapter {n}',
  'home.notTranslated': 'English text for now',

  'chapter.progress': 'Chapter {n} of {total}',
  'chapter.lastUpdated': 'Last updated {date}',
  'chapter.readingTime': '{minutes} min read',
  'chapter.contentNote': 'Content note',
  'chapter.skipNote': 'Skip to the first section',
  'chapter.helpLink': 'If this brings up something difficult, you can find support services on our help page.',
  'chapter.keyTerms': 'Key terms',
  'chapter.sources': 'Sources',
  'chapter.sourcesIntro': 'Numbers in square brackets in the text link to these sources.',
  'chapter.previous': 'Previous chapter',
  'chapter.next': 'Next chapter',
  'chapter.allChapters': 'All chapters',
  'chapter.backToText': 'Back to the text',

  'cite.label': 'Source {n}',
  'cite.backLabel': 'Back to citation {n}',

  'fallback.notice': 'The Urdu translation of this chapter is still to come. Until then, the English text follows.',
  'fallback.pageNotice': 'The Urdu translation of this page is still to come. Until then, the English text follows.',
  'fallback.readOriginal': 'Open the English page',
  'draft.notice': 'This translation is a draft: a fluent reader has not yet reviewed it. Corrections are welcome.',

  'source.undated': 'undated',
  'source.confidence.verified': 'verified',
  'source.confidence.wikipedia-only': 'found only in Wikipedia or copies of it',
  'source.confidence.unverified': 'unverified: sources disagree or could not be checked',
  'source.link': 'Open the source',

  'sources.title': 'All sources',
  'sources.intro':
    'Every source this explainer relies on, with its publisher and date. Each is labelled with how far we could check it: verified means we read the figure in the source itself.',
  'sources.count': '{count} sources',

  'search.title': 'Search',
  'search.intro': 'Search every chapter and page of the English edition.',
  'search.label': 'Search the explainer',
  'search.button': 'Search',
  'search.placeholder': 'For example: defamation',
  'search.noResults': 'No pages match “{query}”.',
  'search.results': '{count} pages match “{query}”.',
  'search.oneResult': '1 page matches “{query}”.',
  'search.loading': 'Searching…',
  'search.needsJs': 'Search needs JavaScript, which is turned off or has not loaded. Every chapter is listed on the home page.',
  'search.failed': 'Search could not load. Please try again, or browse the chapters from the home page.',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. It may have moved, or the link may have a typing mistake.',
  'notFound.home': 'Go to the home page',
  'notFound.otherLanguage': 'یہ صفحہ اردو میں تلاش کریں',

  'footer.note': 'An independent, non-commercial explainer. No trackers, no cookies, nothing loaded from other sites.',
  'footer.licence': 'Text licensed under CC BY 4.0; data keep the terms of their sources.',

  'glossary.title': 'Glossary',
  'glossary.intro': 'The key terms used in this explainer, in plain words. Each chapter links a term to its definition the first time it appears.',
  'glossary.more': 'More in the glossary',
  'glossary.urduTerm': 'In Urdu',
  'glossary.englishTerm': 'In English',

  'punctuation.comma': ', ',
  'graphic.source': 'Source',
  'graphic.sources': 'Sources',
  'graphic.showData': 'Show the data behind this chart',
  'graphic.downloadCsv': 'Download these rows as CSV',
  'graphic.previousStep': 'Previous step',
  'graphic.nextStep': 'Next step',
  'graphic.stepOf': 'Step {n} of {total}',
  'graphic.table.measure': 'What is counted',
  'graphic.table.period': 'Year or period',
  'graphic.table.value': 'Value',
  'graphic.table.unit': 'Unit',
  'graphic.table.source': 'Source',

  'graphic.publicHarassment.title': 'A figure quoted in 2017: 93 in every 100 women face sexual violence in public places at some point in life',
  'graphic.publicHarassment.caveat':
    'This is a claim quoted by a helpline founder from unnamed international statistics. No study, sample or year is known, so treat it as an indication, not a measurement.',
  'graphic.publicHarassment.description':
    'A grid of 100 figures, one for each woman in a group of 100. In the final view 93 of them are coloured to show the share said to experience sexual violence in public places in their lifetime; 7 stay grey.',
  'graphic.publicHarassment.affected': 'said to have faced sexual violence in public places',
  'graphic.publicHarassment.notAffected': 'the rest',
  'graphic.publicHarassment.claim': 'A quoted claim: no study, sample or year is known.',
} as const;

export type UiKey = keyof typeof en;
