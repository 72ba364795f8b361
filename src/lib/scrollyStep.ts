export interface StepBox {
  top: number;
  bottom: number;
}

/**
 * The step most in view: the one that covers the most of the reading band, from
 * `bandTopRatio` of the viewport down to its bottom edge. Graphics draw from this index
 * alone, so missed or out-of-order scroll events (scrollama's known mobile bugs) cannot
 * leave a graphic in the wrong state. When no step is in the band, the last step is
 * active once every step has scrolled above it, and the first step otherwise.
 */
export function mostVisibleStep(boxes: readonly StepBox[], viewportHeight: number, bandTopRatio = 0.25): number {
  if (boxes.length === 0) return 0;
  const bandTop = viewportHeight * bandTopRatio;
  let best = -1;
  let bestCover = 0;
  boxes.forEach((b, i) => {
    const cover = Math.min(b.bottom, viewportHeight) - Math.max(b.top, bandTop);
    if (cover > bestCover) {
      bestCover = cover;
      best = i;
    }
  });
  if (best >= 0) return best;
  return boxes.every((b) => b.bottom <= bandTop) ? boxes.length - 1 : 0;
}

/** The state a graphic draws: the active step, or its final state before any step is active (and without JavaScript's steps). */
export function shownState(step: number | undefined, states: number): number {
  return step === undefined ? states - 1 : Math.min(step, states - 1);
}
