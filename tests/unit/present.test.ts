import { describe, expect, it } from 'vitest';
import {
  SLIDE_END,
  STEP_MARK,
  chunkByLength,
  deckMove,
  markedSlides,
  moveTo,
  sentencesOf,
  slideFromHash,
  slideStart,
  splitSteps,
  stepPages,
  swipeMove,
  visibleLength,
} from '../../src/lib/present.ts';
import { editionOf } from '../../src/lib/offlineEditions.ts';

describe('markedSlides', () => {
  it('keeps only the marked slides, in order, and drops the prose around them', () => {
    const html = `<p>Running prose</p>${slideStart('notice')}<h2>A</h2>${SLIDE_END}<p>more prose</p>${slideStart('reveal')} <h2>B</h2> ${SLIDE_END}${slideStart('step')}<p>one</p>${SLIDE_END}`;
    expect(markedSlides(html)).toEqual([
      { kind: 'notice', html: '<h2>A</h2>' },
      { kind: 'reveal', html: '<h2>B</h2>' },
      { kind: 'step', html: '<p>one</p>' },
    ]);
  });
  it('is not fooled by the comments Svelte leaves in server-rendered charts', () => {
    const html = `${slideStart('notice')}<!--[--><svg></svg><!--]--><!---->${SLIDE_END}`;
    expect(markedSlides(html)).toEqual([{ kind: 'notice', html: '<!--[--><svg></svg><!--]--><!---->' }]);
  });
  it('refuses a slide kind it does not know', () => {
    expect(() => markedSlides('<!--present-slide:title-->x<!--/present-slide-->')).toThrow(/unknown slide kind "title"/);
  });
});

describe('splitSteps', () => {
  it('gives one piece of HTML per marked step, dropping what comes before the first', () => {
    expect(splitSteps(`  ${STEP_MARK}<p>one</p>\n${STEP_MARK}<p>two</p> `)).toEqual(['<p>one</p>', '<p>two</p>']);
  });
});

describe('chunkByLength', () => {
  it('fills each group up to the budget without splitting an item', () => {
    expect(chunkByLength(['aaaa', 'bbb', 'cc', 'dddddd', 'e'], 7, (s) => s.length)).toEqual([['aaaa', 'bbb'], ['cc'], ['dddddd', 'e']]);
  });
  it('gives an item longer than the budget a group of its own', () => {
    expect(chunkByLength(['a', 'bbbbbbbbbb', 'c'], 3, (s) => s.length)).toEqual([['a'], ['bbbbbbbbbb'], ['c']]);
  });
});

describe('sentencesOf and stepPages', () => {
  const cite = '<a class="cite" href="/chapters/law/#source-x"><span aria-hidden="true">[6]</span><span class="visually-hidden">Source 6</span></a>';
  it('cuts after a full stop and a space, never inside a figure or a citation marker', () => {
    const html = `<p>Terms of <bdi class="fig">1.5 to 3</bdi> years. Under s.20 of PECA ${cite}. Last one</p>`;
    expect(sentencesOf(html)).toEqual(['Terms of <bdi class="fig">1.5 to 3</bdi> years.', `Under s.20 of PECA ${cite}.`, 'Last one']);
  });
  it('cuts Urdu after its full stop', () => {
    expect(sentencesOf('<p>پہلا جملہ۔ دوسرا جملہ۔</p>')).toEqual(['پہلا جملہ۔', 'دوسرا جملہ۔']);
  });
  it('counts only the text a reader sees', () => {
    expect(visibleLength(`<p>Four ${cite}</p>`)).toBe('Four [6]'.length);
  });
  it('leaves a short step whole and cuts a long one at sentence ends, then at semicolons', () => {
    expect(stepPages('<p>Short. Step.</p>', 100)).toEqual(['<p>Short. Step.</p>']);
    const long = `<p>${'a'.repeat(30)}. ${'b'.repeat(30)}; ${'c'.repeat(30)}; ${'d'.repeat(10)}.</p>`;
    // The semicolon's pieces are grouped again within the budget: c and d share a slide.
    expect(stepPages(long, 45)).toEqual([`<p>${'a'.repeat(30)}.</p>`, `<p>${'b'.repeat(30)};</p>`, `<p>${'c'.repeat(30)}; ${'d'.repeat(10)}.</p>`]);
    // Nothing of the text is lost or reordered.
    expect(
      stepPages(long, 45)
        .map((p) => p.replace(/<\/?p>/g, ''))
        .join(' '),
    ).toBe(long.replace(/<\/?p>/g, ''));
  });
});

describe('deckMove', () => {
  it('goes on with the right and down arrows, Page Down (a clicker) and Space', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(deckMove(key)).toBe('next');
  });
  it('goes back with the left and up arrows, Page Up and Shift+Space', () => {
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(deckMove(key)).toBe('previous');
    expect(deckMove(' ', true)).toBe('previous');
  });
  it('jumps with Home and End, leaves with Escape, and ignores other keys (Shift alone belongs to the quick exit)', () => {
    expect(deckMove('Home')).toBe('first');
    expect(deckMove('End')).toBe('last');
    expect(deckMove('Escape')).toBe('leave');
    expect(deckMove('Shift')).toBeNull();
    expect(deckMove('a')).toBeNull();
  });
});

describe('swipeMove', () => {
  it('turns the page the way the text reads', () => {
    expect(swipeMove(-120, 10, 'ltr')).toBe('next');
    expect(swipeMove(120, 10, 'ltr')).toBe('previous');
    expect(swipeMove(120, 10, 'rtl')).toBe('next');
    expect(swipeMove(-120, 10, 'rtl')).toBe('previous');
  });
  it('ignores short strokes and scrolling up or down', () => {
    expect(swipeMove(-30, 0, 'ltr')).toBeNull();
    expect(swipeMove(-80, 120, 'ltr')).toBeNull();
  });
});

describe('moveTo and slideFromHash', () => {
  it('stays within the deck', () => {
    expect(moveTo(0, 'previous', 5)).toBe(0);
    expect(moveTo(4, 'next', 5)).toBe(4);
    expect(moveTo(2, 'next', 5)).toBe(3);
    expect(moveTo(2, 'first', 5)).toBe(0);
    expect(moveTo(2, 'last', 5)).toBe(4);
  });
  it('opens the slide named in the address, or the first', () => {
    expect(slideFromHash('#slide-3', 5)).toBe(2);
    expect(slideFromHash('#slide-99', 5)).toBe(4);
    expect(slideFromHash('#slide-0', 5)).toBe(0);
    expect(slideFromHash('#sources', 5)).toBe(0);
    expect(slideFromHash('', 5)).toBe(0);
  });
});

describe('offline editions', () => {
  it('save the present pages with their edition', () => {
    expect(editionOf('chapters/law/present/index.html')).toBe('en');
    expect(editionOf('ur/chapters/law/present/index.html')).toBe('ur');
  });
});
