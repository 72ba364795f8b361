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
  it('leaves numbers alone', () => expect(isolateLatinRuns('2018 میں')).toBe('2018 میں'));
});

describe('the Urdu Markdown plugin', () => {
  it('applies only to Urdu content files', () => {
    expect(isUrduContentFile('/site/content/chapters/ur/05-backlash.mdx')).toBe(true);
    expect(isUrduContentFile('/site/content/chapters/en/05-backlash.mdx')).toBe(false);
  });
  it('turns Latin runs into <bdi lang="en" dir="ltr">', () => {
    const nodes = latinRunNodes('گلوکارہ Meesha Shafi نے کہا')!;
    expect(nodes.map((n) => (n.type === 'element' ? n.tagName : n.type))).toEqual(['text', 'bdi', 'text']);
    expect(nodes[1]).toMatchObject({ properties: { lang: 'en', dir: 'ltr' }, children: [{ value: 'Meesha Shafi' }] });
  });
  it('leaves all-Urdu text alone', () => expect(latinRunNodes('میں بھی')).toBeNull());
});

describe('law titles with commas', () => {
  it('stay one run', () =>
    expect(splitLatinRuns('قانون Zainab Alert, Response and Recovery Act کے تحت').filter((p) => p.latin)).toEqual([
      { text: 'Zainab Alert, Response and Recovery Act', latin: true },
    ]));
});
