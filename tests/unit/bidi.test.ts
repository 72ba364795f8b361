import { describe, expect, it } from 'vitest';
import { isolateLatinRuns, splitLatinRuns } from '../../src/lib/bidi.ts';
import { isUrduContentFile, latinRunNodes } from '../../src/lib/isolateLatinPlugin.ts';

describe('Latin runs in right-to-left text', () => {
  it('finds hashtags and multi-word names', () => {
    expect(splitLatinRuns('متن CC BY 4.0 لائسنس')).toEqual([
      { text: 'متن ', latin: false },
      { text: 'CC BY 4.0', latin: true },
      { text: ' لائسنس', latin: false },
    ]);
    expect(isolateLatinRuns('ہیش ٹیگ #MeToo نے')).toBe('ہیش ٹیگ \u2066#MeToo\u2069 نے');
  });
  it('leaves plain numbers alone', () => expect(isolateLatinRuns('2018 میں')).toBe('2018 میں'));
  it('keeps digit-led tokens with a dash, slash or parentheses in reading order', () => {
    for (const token of ['2017–18', '2017-18', '29(1)', '377-B', '22-A', '2024-25', '1/3'])
      expect(isolateLatinRuns(`سال ${token} میں`), token).toBe(`سال \u2066${token}\u2069 میں`);
    expect(splitLatinRuns('دفعہ 20(1) کے تحت').find((p) => p.number)?.text).toBe('20(1)');
  });
  it('keeps a section number with its subsection in one Latin run', () =>
    expect(
      splitLatinRuns('پیکا کی s.20(1) کے تحت')
        .filter((p) => p.latin)
        .map((p) => p.text),
    ).toEqual(['s.20(1)']));
});

describe('the Urdu Markdown plugin', () => {
  it('applies to every Urdu file of the translated folders, guides included, and to nothing else', () => {
    expect(isUrduContentFile('/site/content/chapters/ur/05-backlash.mdx')).toBe(true);
    expect(isUrduContentFile('/site/content/pages/ur/help.mdx')).toBe(true);
    expect(isUrduContentFile('/site/content/guides/ur/01-origins.mdx')).toBe(true);
    expect(isUrduContentFile('C:\\site\\content\\guides\\ur\\01-origins.mdx')).toBe(true);
    expect(isUrduContentFile('/site/content/chapters/en/05-backlash.mdx')).toBe(false);
    expect(isUrduContentFile('/site/content/guides/en/05-backlash.mdx')).toBe(false);
  });
  it('wraps a digit-led token in <bdi dir="ltr"> without marking it English', () => {
    const nodes = latinRunNodes('سروے 2017–18 میں')!;
    expect(nodes[1]).toMatchObject({ tagName: 'bdi', properties: { dir: 'ltr' }, children: [{ value: '2017–18' }] });
    expect((nodes[1] as { properties: Record<string, string> }).properties.lang).toBeUndefined();
  });
  it('turns Latin runs into <bdi lang="en" dir="ltr">', () => {
    const nodes = latinRunNodes('گلوکارہ Meesha Shafi نے کہا')!;
    expect(nodes.map((n) => (n.type === 'element' ? n.tagName : n.type))).toEqual(['text', 'bdi', 'text']);
    expect(nodes[1]).toMatchObject({ properties: { lang: 'en', dir: 'ltr' }, children: [{ value: 'Meesha Shafi' }] });
  });
  it('leaves all-Urdu text alone', () => expect(latinRunNodes('میں بھی')).toBeNull());
});

describe('law titles with parentheses', () => {
  it('stay one run', () => {
    for (const title of ['Criminal Laws (Amendment) Act', 'PECA (Amendment) Act', 'Anti-Rape (Investigation and Trial) Act 2021'])
      expect(
        splitLatinRuns(`قانون ${title} کے تحت`)
          .filter((p) => p.latin)
          .map((p) => p.text),
        title,
      ).toEqual([title]);
  });
});

describe('law titles with commas', () => {
  it('stay one run', () =>
    expect(splitLatinRuns('قانون Zainab Alert, Response and Recovery Act کے تحت').filter((p) => p.latin)).toEqual([
      { text: 'Zainab Alert, Response and Recovery Act', latin: true },
    ]));
});
