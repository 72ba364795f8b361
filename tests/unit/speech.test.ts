// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  chooseVoice,
  nextBlock,
  nextUtterance,
  speaksLanguage,
  splitSentences,
  splitUtterances,
  spokenBlocks,
  spokenText,
  tidySpeechText,
  type VoiceLike,
} from '../../src/lib/speech.ts';

const voice = (name: string, lang: string, localService = true, isDefault = false): VoiceLike => ({ name, lang, localService, default: isDefault });

describe('chooseVoice', () => {
  it('never chooses a cloud voice, even the default one', () => {
    const voices = [voice('Google US English', 'en-US', false, true), voice('Local English', 'en-GB')];
    expect(chooseVoice(voices, 'en')?.name).toBe('Local English');
  });

  it('finds no voice when the only voice for the language is in the cloud', () => {
    expect(chooseVoice([voice('Cloud Urdu', 'ur-PK', false)], 'ur')).toBeUndefined();
  });

  it('never reads Urdu with an English voice', () => {
    const voices = [voice('English', 'en-US', true, true), voice('Hindi', 'hi-IN')];
    expect(chooseVoice(voices, 'ur')).toBeUndefined();
  });

  it('matches the language whatever the tag’s form: ur, ur-PK, ur_PK, UR-in', () => {
    for (const lang of ['ur', 'ur-PK', 'ur_PK', 'UR-in']) expect(chooseVoice([voice('Urdu', lang)], 'ur')?.name).toBe('Urdu');
    expect(speaksLanguage({ lang: 'uz-UZ' }, 'ur')).toBe(false);
  });

  it('prefers the device’s default voice for the language', () => {
    const voices = [voice('A', 'en-US'), voice('B', 'en-GB', true, true)];
    expect(chooseVoice(voices, 'en')?.name).toBe('B');
  });

  it('without a default, prefers Pakistani, then Indian Urdu, then the device’s order', () => {
    expect(chooseVoice([voice('India', 'ur-IN'), voice('Pakistan', 'ur-PK')], 'ur')?.name).toBe('Pakistan');
    expect(chooseVoice([voice('Other', 'ur-GB'), voice('India', 'ur-IN')], 'ur')?.name).toBe('India');
    expect(chooseVoice([voice('First', 'ur-GB'), voice('Second', 'ur-AE')], 'ur')?.name).toBe('First');
  });

  it('finds nothing in an empty list (voices not loaded, or none installed)', () => {
    expect(chooseVoice([], 'en')).toBeUndefined();
  });
});

describe('splitSentences', () => {
  it('ends English sentences at . ! ? and keeps closing quotes with them', () => {
    expect(splitSentences('She spoke. “Was it true?” It was! Then silence…')).toEqual(['She spoke.', '“Was it true?”', 'It was!', 'Then silence…']);
  });

  it('ends Urdu sentences at the full stop ۔ and the question mark ؟', () => {
    expect(splitSentences('وہ کہاں جائے؟ ایک عورت کو دھمکیاں ملتی ہیں۔ دوسری خاموش رہتی ہے۔')).toEqual([
      'وہ کہاں جائے؟',
      'ایک عورت کو دھمکیاں ملتی ہیں۔',
      'دوسری خاموش رہتی ہے۔',
    ]);
  });

  it('does not end a sentence after an abbreviation, an initial, or inside a number or section', () => {
    expect(splitSentences('Dr. Ali met Anne E. Mayer. PECA s.20 allows 1.5 years, e.g. in court. Done.')).toEqual([
      'Dr. Ali met Anne E. Mayer.',
      'PECA s.20 allows 1.5 years, e.g. in court.',
      'Done.',
    ]);
  });
});

describe('splitUtterances', () => {
  it('keeps a short paragraph whole', () => {
    expect(splitUtterances('One. Two. Three.', 100)).toEqual(['One. Two. Three.']);
  });

  it('breaks a long paragraph only at sentence ends, grouping whole sentences', () => {
    const text = 'The first sentence is here. The second one follows it. A third closes the paragraph.';
    expect(splitUtterances(text, 60)).toEqual(['The first sentence is here. The second one follows it.', 'A third closes the paragraph.']);
  });

  it('breaks a long Urdu paragraph at ۔ and ؟', () => {
    const text = 'ان میں سے ہر ایک قانون کا سہارا لے سکتی ہے۔ یہ باب دیکھتا ہے کہ قانون انہیں کیا دیتا ہے؟ اور یہ کیسے استعمال ہو سکتا ہے۔';
    const parts = splitUtterances(text, 50);
    expect(parts).toEqual(['ان میں سے ہر ایک قانون کا سہارا لے سکتی ہے۔', 'یہ باب دیکھتا ہے کہ قانون انہیں کیا دیتا ہے؟', 'اور یہ کیسے استعمال ہو سکتا ہے۔']);
  });

  it('breaks a single over-long sentence at a clause mark, then at a space, never mid-word', () => {
    const text = 'A complaint can go four ways, to the employer’s committee, to the ombudsperson, or to the police and the courts';
    const parts = splitUtterances(text, 40);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(40);
    expect(parts.join(' ')).toBe(text);
    expect(parts[0]).toBe('A complaint can go four ways,');
  });

  it('gives nothing for empty or blank text', () => {
    expect(splitUtterances('  \n ')).toEqual([]);
  });
});

describe('tidySpeechText', () => {
  it('drops the space a removed marker leaves before punctuation, in both scripts', () => {
    expect(tidySpeechText('moved to the FIA  .')).toBe('moved to the FIA.');
    expect(tidySpeechText('موجود ہو ۔')).toBe('موجود ہو۔');
  });
});

function html(markup: string): HTMLElement {
  const root = document.createElement('article');
  root.innerHTML = markup;
  return root;
}

describe('spokenText', () => {
  it('skips source markers and their hidden labels, hidden text and glossary popovers', () => {
    const p = html(
      '<p>Pakistan joined <span class="key-term"><button popovertarget="d">CEDAW</button><span popover id="d" class="key-term-popover">the treaty on discrimination</span></span> in 1996 <a class="cite" href="#s"><span aria-hidden="true">[1]</span><span class="visually-hidden">Source 1</span></a> <a class="cite cite-wikipedia" href="#w"><span aria-hidden="true">[3 W]</span><span class="visually-hidden">Source 3, found only in Wikipedia</span></a>.<span class="print-only">http://example</span></p>',
    ).querySelector('p')!;
    expect(spokenText(p)).toBe('Pakistan joined CEDAW in 1996.');
  });

  it('reads an Urdu paragraph without its markers, the full stop kept to the word', () => {
    const p = html(
      '<p>وہ محتسب کے پاس جا سکتی ہے <a class="cite" href="#s"><span aria-hidden="true">[7]</span><span class="visually-hidden">ماخذ 7</span></a>۔</p>',
    ).querySelector('p')!;
    expect(spokenText(p)).toBe('وہ محتسب کے پاس جا سکتی ہے۔');
  });
});

describe('spokenBlocks', () => {
  const page = html(`
    <aside class="note draft-notice"><p>This translation is a first draft.</p></aside>
    <header><p class="meta">Chapter 4 of 7</p><h1>The law</h1><p class="lede">What the law offers.</p></header>
    <div class="chapter-tools"><div class="listen"><button>Listen</button><p>Reading aloud</p></div></div>
    <aside class="content-note"><p>This chapter discusses abuse.</p><p><a href="#first">Skip to the first section</a></p></aside>
    <nav class="chapter-contents"><ol><li><a href="#first">First</a></li></ol></nav>
    <div class="prose">
      <div class="section-heading"><h2 id="first">First</h2><a class="section-link" href="#first"><span aria-hidden="true">#</span></a></div>
      <ul><li><p>A list item with a paragraph.</p></li><li>A plain item.</li></ul>
      <figure class="graphic"><figcaption><p class="graphic-title">The finding</p><p class="graphic-source">Sources: Dawn, 2020</p></figcaption>
        <p class="visually-hidden">A long description for screen readers.</p>
        <div class="scrolly-graphic" aria-hidden="true"><p>Axis label</p></div>
        <div class="scrolly-step"><p>The first step.</p></div>
        <details class="graphic-data"><summary>Data</summary><table><tr><td>1</td></tr></table></details></figure>
      <details><summary>More</summary><p>Folded away.</p></details>
    </div>
    <section class="sources"><ol><li>A source</li></ol></section>`);

  it('reads headings, the lede, the content note, paragraphs, list items and a chart’s title and steps, in order; not tools, contents, chart drawings, data, folded or hidden text, or sources', () => {
    expect(spokenBlocks(page).map((b) => b.utterances.join(' '))).toEqual([
      'The law',
      'What the law offers.',
      'This chapter discusses abuse.',
      'First',
      'A list item with a paragraph.',
      'A plain item.',
      'The finding',
      'The first step.',
    ]);
  });

  it('gives each block its own element, so the one being read can be highlighted', () => {
    const blocks = spokenBlocks(page);
    expect(blocks[0].element.localName).toBe('h1');
    expect(blocks[7].element.textContent).toBe('The first step.');
  });

  it('steps through utterances, then blocks, and stops at the end', () => {
    const blocks = spokenBlocks(html('<p>One.</p><p>Two sentences here. And a second one.</p>'), 20);
    expect(blocks[1].utterances).toEqual(['Two sentences here.', 'And a second one.']);
    expect(nextUtterance(blocks, { block: 0, utterance: 0 })).toEqual({
      block: 1,
      utterance: 0,
    });
    expect(nextUtterance(blocks, { block: 1, utterance: 0 })).toEqual({
      block: 1,
      utterance: 1,
    });
    expect(nextUtterance(blocks, { block: 1, utterance: 1 })).toBeUndefined();
    expect(nextBlock(blocks, { block: 0, utterance: 0 })).toEqual({
      block: 1,
      utterance: 0,
    });
    expect(nextBlock(blocks, { block: 1, utterance: 0 })).toBeUndefined();
  });
});
