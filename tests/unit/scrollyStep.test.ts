import { describe, expect, it } from 'vitest';
import { shownState, mostVisibleStep } from '../../src/lib/scrollyStep.ts';

const vh = 740;
describe('the step most in view', () => {
  it('is the first step before any step reaches the reading band', () =>
    expect(
      mostVisibleStep(
        [
          { top: 900, bottom: 1100 },
          { top: 1400, bottom: 1600 },
        ],
        vh,
      ),
    ).toBe(0));
  it('is the step covering most of the band', () =>
    expect(
      mostVisibleStep(
        [
          { top: 100, bottom: 300 },
          { top: 350, bottom: 700 },
        ],
        vh,
      ),
    ).toBe(1));
  it('is the last step once every step has scrolled past', () =>
    expect(
      mostVisibleStep(
        [
          { top: -900, bottom: -700 },
          { top: -400, bottom: 100 },
        ],
        vh,
      ),
    ).toBe(1));
  it('does not depend on the order events arrived in: same boxes, same answer', () => {
    const boxes = [
      { top: -300, bottom: 200 },
      { top: 260, bottom: 720 },
      { top: 1200, bottom: 1400 },
    ];
    expect(mostVisibleStep(boxes, vh)).toBe(mostVisibleStep([...boxes], vh));
    expect(mostVisibleStep(boxes, vh)).toBe(1);
  });
  it('handles no steps', () => expect(mostVisibleStep([], vh)).toBe(0));
});

describe('shownState', () => {
  it('draws the final state before any step is active, so a reader without JavaScript sees everything', () => {
    expect(shownState(undefined, 4)).toBe(3);
  });
  it('draws the active step, and never a state past the last', () => {
    expect(shownState(0, 4)).toBe(0);
    expect(shownState(2, 4)).toBe(2);
    expect(shownState(7, 4)).toBe(3);
  });
});
