import type { UiKey } from './en.ts';

/**
 * Urdu UI strings (status: draft, not yet reviewed by a fluent reader).
 * Same keys as en.ts. Numbers stay in Western digits (see format.ts).
 * Latin text inside a string, such as a hashtag, is isolated by the component that shows it.
 */
export const ur: Record<UiKey, string> = {
  'site.title': 'پاکستان میں می ٹو تحریک',
  'site.tagline': 'سات ابواب میں ایک وضاحت: پاکستان میں خواتین نے ہراسانی اور زیادتی کے خلاف کیسے آواز اٹھائی، اور اس کے بعد کیا ہوا۔',
  'site.intro':
    '2018 میں #MeToo ہیش ٹیگ نے، جسے اردو میں #میں_بھی کہا گیا، پاکستان بھر کی خواتین کو ہراسانی اور زیادتی کے بارے میں کھل کر بولنے کا راستہ دیا۔ یہ وضاحتی تحریر بتاتی ہے کہ اس کا نتیجہ کیا نکلا: یہ تحریک کہاں سے شروع ہوئی، اس نے کن قوانین کو آزمایا، کن مقدمات نے رائے تقسیم کی، اس کے خلاف کیا ردِعمل آیا، اور کون لوگ آج بھی تبدیلی کے لیے کام کر رہے ہیں۔ ہر عدد اپنے ماخذ سے جڑا ہوا ہے۔',
  'site.careNote': 'کچھ ابواب میں جنسی تشدد اور زیادتی کا ذکر ہے۔ ہر باب کے شروع میں اس کے مواد کی اطلاع دی گئی ہے، اور مدد صرف ایک کلک کے فاصلے پر ہے۔',

  'nav.label': 'مرکزی فہرست',
  'nav.home': 'سرورق',
  'nav.chapters': 'ابواب',
  'nav.search': 'تلاش',
  'nav.sources': 'ماخذ',
  'nav.help': 'مدد حاصل کریں',
  'nav.about': 'تعارف',
  'nav.privacy': 'رازداری',
  'nav.glossary': 'فرہنگ',
  'nav.data': 'ڈیٹا',
  'nav.translations': 'ترجمے کی صورتِ حال',
  'a11y.skipToContent': 'مرکزی متن پر جائیں',

  'lang.switch': 'Read in English',

  'home.chaptersHeading': 'ابواب',
  'home.readingTime': 'پڑھنے کا وقت: {minutes} منٹ',
  'home.chapterNumber': 'باب {n}',
  'home.notTranslated': 'فی الحال انگریزی متن',

  'chapter.progress': 'باب {n} از {total}',
  'chapter.lastUpdated': 'آخری بار تازہ کاری: {date}',
  'chapter.readingTime': 'پڑھنے کا وقت: {minutes} منٹ',
  'chapter.contentNote': 'مواد کے بارے میں اطلاع',
  'chapter.skipNote': 'پہلے حصے پر جائیں',
  'chapter.helpLink': 'اگر یہ پڑھ کر کوئی تکلیف دہ بات یاد آئے تو ہمارے مدد کے صفحے پر معاونت کی خدمات موجود ہیں۔',
  'chapter.keyTerms': 'اہم اصطلاحات',
  'chapter.sources': 'ماخذ',
  'chapter.sourcesIntro': 'متن میں چوکور قوسین میں دیے گئے نمبر ان ماخذ سے جڑے ہیں۔',
  'chapter.previous': 'پچھلا باب',
  'chapter.next': 'اگلا باب',
  'chapter.allChapters': 'تمام ابواب',
  'chapter.backToText': 'متن پر واپس جائیں',

  'cite.label': 'ماخذ {n}',
  'cite.backLabel': 'حوالہ {n} پر واپس جائیں',

  'fallback.notice': 'اس باب کا اردو ترجمہ ابھی باقی ہے۔ تب تک نیچے انگریزی متن دیا جا رہا ہے۔',
  'fallback.pageNotice': 'اس صفحے کا اردو ترجمہ ابھی باقی ہے۔ تب تک نیچے انگریزی متن دیا جا رہا ہے۔',
  'fallback.readOriginal': 'انگریزی صفحہ کھولیں',
  'draft.notice': 'یہ ترجمہ ابتدائی مسودہ ہے: ابھی کسی اہلِ زبان نے اس پر نظرِ ثانی نہیں کی۔ اصلاح کی تجاویز کا خیرمقدم ہے۔',

  'source.undated': 'تاریخ درج نہیں',
  'source.confidence.verified': 'تصدیق شدہ',
  'source.confidence.wikipedia-only': 'صرف وکی پیڈیا یا اس کی نقول میں ملا',
  'source.confidence.unverified': 'غیر تصدیق شدہ: ذرائع میں اختلاف ہے یا جانچ ممکن نہیں ہوئی',
  'source.link': 'ماخذ کھولیں',

  'sources.title': 'تمام ماخذ',
  'sources.intro':
    'اس وضاحتی تحریر کے تمام ماخذ، ان کے ناشر اور تاریخ کے ساتھ۔ ہر ماخذ پر لکھا ہے کہ ہم اس کی کس حد تک جانچ کر سکے: تصدیق شدہ کا مطلب ہے کہ ہم نے عدد خود اصل ماخذ میں پڑھا۔',
  'sources.count': '{count} ماخذ',

  'search.title': 'تلاش',
  'search.intro': 'اردو ایڈیشن کے تمام ابواب اور صفحات میں تلاش کریں۔',
  'search.label': 'وضاحتی تحریر میں تلاش کریں',
  'search.button': 'تلاش کریں',
  'search.placeholder': 'مثال کے طور پر: ہتکِ عزت',
  'search.noResults': '“{query}” سے کوئی صفحہ نہیں ملا۔',
  'search.results': '“{query}” سے {count} صفحات ملے۔',
  'search.oneResult': '“{query}” سے 1 صفحہ ملا۔',
  'search.loading': 'تلاش جاری ہے…',
  'search.needsJs': 'تلاش کے لیے جاوا اسکرپٹ درکار ہے، جو بند ہے یا لوڈ نہیں ہوئی۔ تمام ابواب سرورق پر موجود ہیں۔',
  'search.failed': 'تلاش لوڈ نہیں ہو سکی۔ دوبارہ کوشش کریں، یا سرورق سے ابواب دیکھیں۔',

  'notFound.title': 'صفحہ نہیں ملا',
  'notFound.body': 'اس پتے پر کوئی صفحہ موجود نہیں۔ ہو سکتا ہے یہ کہیں اور منتقل ہو گیا ہو، یا لنک میں کوئی غلطی ہو۔',
  'notFound.home': 'سرورق پر جائیں',
  'notFound.otherLanguage': 'Look for this page in English',

  'footer.note': 'ایک آزاد اور غیر تجارتی وضاحتی تحریر۔ نہ کوئی ٹریکر، نہ کوکیز، اور کسی دوسری ویب سائٹ سے کچھ لوڈ نہیں ہوتا۔',
  'footer.licence': 'متن CC BY 4.0 لائسنس کے تحت ہے؛ ڈیٹا پر اس کے ماخذ کی شرائط لاگو ہیں۔',

  'glossary.title': 'فرہنگ',
  'glossary.intro': 'اس وضاحتی تحریر میں استعمال ہونے والی اہم اصطلاحات، آسان الفاظ میں۔ ہر باب میں کوئی اصطلاح پہلی بار آنے پر اس کی تعریف سے جڑی ہوتی ہے۔',
  'glossary.more': 'فرہنگ میں مزید',
  'glossary.urduTerm': 'اردو میں',
  'glossary.englishTerm': 'انگریزی میں',

  'punctuation.comma': '، ',
  'graphic.source': 'ماخذ',
  'graphic.sources': 'ماخذ',
  'graphic.showData': 'اس چارٹ کا ڈیٹا دیکھیں',
  'graphic.downloadCsv': 'یہ قطاریں CSV فائل میں ڈاؤن لوڈ کریں',
  'graphic.previousStep': 'پچھلا مرحلہ',
  'graphic.nextStep': 'اگلا مرحلہ',
  'graphic.stepOf': 'مرحلہ {n} از {total}',
  'graphic.table.measure': 'کیا شمار کیا گیا',
  'graphic.table.period': 'سال یا مدت',
  'graphic.table.value': 'قدر',
  'graphic.table.unit': 'اکائی',
  'graphic.table.source': 'ماخذ',

  'graphic.publicHarassment.title': '2017 میں پیش کیا گیا ایک عدد: ہر 100 میں سے 93 خواتین زندگی میں کبھی نہ کبھی عوامی مقامات پر جنسی تشدد کا سامنا کرتی ہیں',
  'graphic.publicHarassment.caveat':
    'یہ عدد ایک ہیلپ لائن کے بانی نے نامعلوم بین الاقوامی اعداد و شمار کے حوالے سے بیان کیا۔ کسی تحقیق، نمونے یا سال کا علم نہیں، اس لیے اسے پیمائش نہیں بلکہ ایک اشارہ سمجھیں۔',
  'graphic.publicHarassment.description':
    '100 علامتوں کا ایک خانہ، ہر علامت 100 خواتین کے ایک گروہ میں سے ایک عورت کی نمائندگی کرتی ہے۔ آخری منظر میں ان میں سے 93 رنگین ہیں، یعنی وہ حصہ جس کے بارے میں کہا گیا کہ وہ زندگی میں عوامی مقامات پر جنسی تشدد کا سامنا کرتی ہیں؛ 7 خاکستری رہتی ہیں۔',
  'graphic.publicHarassment.affected': 'جن کے بارے میں کہا گیا کہ انہیں عوامی مقامات پر جنسی تشدد کا سامنا ہوا',
  'graphic.publicHarassment.notAffected': 'باقی',
  'graphic.publicHarassment.claim': 'ایک نقل کیا گیا دعویٰ: کسی تحقیق، نمونے یا سال کا علم نہیں۔',
};
