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
