import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { CARD_ROLES, CARD_WIDTH, balanceIsolates, cardType, displayAddress, layoutCard, wrapText, type CardText } from '../../src/lib/shareCard.ts';
import { shareCardText } from '../../src/lib/shareCardText.ts';

const LRI = '\u2066';
const PDI = '\u2069';
const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

const facts = {
  graphicId: 'helpline',
  chapter: { number: 6, title: 'When harassment moves to the phone' },
  finding: 'Complaints to one cyber-harassment helpline peaked in 2021',
  sources: [
    { publisher: 'Digital Rights Foundation', date: '2023-03-01' },
    { publisher: 'Dawn', date: undefined },
  ],
  url: 'https://example.org/chapters/online/#graphic-helpline',
};

describe('the words on a chart’s share picture', () => {
  it('in English: chapter, the chart’s name, its finding, each source with its year, and the address', () => {
    const text = shareCardText('en', facts);
    expect(text.chapter).toBe('Chapter 6: When harassment moves to the phone');
    expect(text.title).toBe(t('en', 'data.name.helpline'));
    expect(text.finding).toBe(facts.finding);
    expect(text.source).toBe('Sources: Digital Rights Foundation, 2023, Dawn, undated');
    expect(text.address).toBe('example.org/chapters/online/#graphic-helpline');
    expect(text.url).toBe(facts.url);
    expect(text.fileName).toBe('helpline-en.png');
    expect(text.dir).toBe('ltr');
  });

  it('one source reads "Source", as under the chart on the page', () => {
    expect(shareCardText('en', { ...facts, sources: [facts.sources[0]] }).source).toBe('Source: Digital Rights Foundation, 2023');
  });

  it('in Urdu: Urdu words, Urdu commas, and every Latin run and the address kept left to right', () => {
    const text = shareCardText('ur', {
      ...facts,
      chapter: { number: 6, title: 'جب ہراسانی فون تک آ پہنچے' },
      url: 'https://example.org/ur/chapters/online/#graphic-helpline',
    });
    expect(text.dir).toBe('rtl');
    expect(text.lang).toBe('ur');
    expect(text.chapter).toBe('باب 6: جب ہراسانی فون تک آ پہنچے');
    expect(text.title).toBe(t('ur', 'data.name.helpline'));
    expect(text.source).toBe(`ماخذ: ${LRI}Digital Rights Foundation${PDI}، 2023، ${LRI}Dawn${PDI}، تاریخ درج نہیں`);
    expect(text.address).toBe(`${LRI}example.org/ur/chapters/online/#graphic-helpline${PDI}`);
    expect(text.fileName).toBe('helpline-ur.png');
  });

  it('the timeline, whose events carry their own sources, says where they are listed', () => {
    expect(shareCardText('en', { ...facts, graphicId: 'timeline', sources: [] }).source).toBe(t('en', 'share.sourcesTimeline'));
    expect(shareCardText('ur', { ...facts, graphicId: 'timeline', sources: undefined }).source).toBe(t('ur', 'share.sourcesTimeline'));
  });

  it('drops the scheme from the address a reader would type', () => {
    expect(displayAddress('http://127.0.0.1:4321/chapters/law/#graphic-law-edges')).toBe('127.0.0.1:4321/chapters/law/#graphic-law-edges');
  });
});

/** Every character 10 px wide at 20 px type: enough to check wrapping and placement. */
const measure = (s: string, font: string) => strip(s).length * (Number(/(\d+)px/.exec(font)![1]) / 2);

describe('wrapping', () => {
  const tenEach = (s: string) => s.length * 10;
  it('breaks at spaces and keeps every line within the width', () => {
    const lines = wrapText('one two three four five six seven', 100, tenEach);
    expect(lines).toEqual(['one two', 'three four', 'five six', 'seven']);
    for (const l of lines) expect(tenEach(l)).toBeLessThanOrEqual(100);
  });
  it('breaks a word too long for a line after a slash, else between letters', () => {
    expect(wrapText('example.org/chapters/online/#graphic', 140, tenEach)).toEqual(['example.org/', 'chapters/', 'online/#', 'graphic']);
    expect(wrapText('abcdefghijkl', 50, tenEach)).toEqual(['abcde', 'fghij', 'kl']);
  });
  it('closes a left-to-right isolate a line break cuts and opens it again on the next line', () => {
    const lines = balanceIsolates([`ماخذ: ${LRI}Digital Rights`, `Foundation${PDI}، 2023`]);
    expect(lines).toEqual([`ماخذ: ${LRI}Digital Rights${PDI}`, `${LRI}Foundation${PDI}، 2023`]);
  });
});

describe('the picture’s layout', () => {
  const text: CardText = shareCardText('en', facts);
  const chart = { width: 416, height: 300 };

  it('is 1080 px wide, with its lines in order: chapter, title, finding, then source and address below the chart', () => {
    const layout = layoutCard(text, cardType('ltr', 'sans-serif'), measure, chart);
    expect(layout.width).toBe(CARD_WIDTH);
    const roles = [...new Set(layout.lines.map((l) => l.role))];
    expect(roles).toEqual(CARD_ROLES);
    const ys = layout.lines.map((l) => l.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    const finding = layout.lines.filter((l) => l.role === 'finding').at(-1)!;
    const source = layout.lines.find((l) => l.role === 'source')!;
    expect(layout.chart.y).toBeGreaterThan(finding.y);
    expect(source.y).toBeGreaterThan(layout.chart.y + layout.chart.height);
    expect(layout.height).toBeGreaterThan(layout.lines.at(-1)!.y);
  });

  it('draws exactly the card’s words, wrapped to the text column', () => {
    const layout = layoutCard(text, cardType('ltr', 'sans-serif'), measure, chart);
    for (const role of CARD_ROLES)
      expect(
        layout.lines
          .filter((l) => l.role === role)
          .map((l) => l.text)
          .join(' '),
      ).toBe(text[role]);
    for (const l of layout.lines) expect(measure(l.text, l.font)).toBeLessThanOrEqual(CARD_WIDTH - 2 * layout.padding);
  });

  it('scales the chart to the text column and grows taller with a longer finding', () => {
    const short = layoutCard(text, cardType('ltr', 'sans-serif'), measure, chart);
    expect(short.chart.width).toBe(CARD_WIDTH - 2 * short.padding);
    expect(short.chart.height).toBe(Math.round(300 * short.chart.scale));
    const long = layoutCard({ ...text, finding: `${text.finding} ${text.finding} ${text.finding}` }, cardType('ltr', 'sans-serif'), measure, chart);
    expect(long.height).toBeGreaterThan(short.height);
  });

  it('in Urdu runs right to left from the right margin, in the one weight Nastaliq has, with taller lines', () => {
    const ur = shareCardText('ur', facts);
    const layout = layoutCard(ur, cardType('rtl', "'Noto Nastaliq Urdu', sans-serif"), measure, chart);
    for (const l of layout.lines) {
      expect(l.align).toBe('right');
      expect(l.x).toBe(CARD_WIDTH - layout.padding);
      expect(l.font).toMatch(/^400 \d+px 'Noto Nastaliq Urdu'/);
    }
    const en = layoutCard(text, cardType('ltr', 'sans-serif'), measure, chart);
    const gap = (lines: typeof en.lines) => lines[1].y - lines[0].y;
    const titleLines = (l: typeof en) => l.lines.filter((x) => x.role === 'finding');
    expect(gap(titleLines(layout))).toBeGreaterThan(gap(titleLines(en)) * 1.3);
  });
});
