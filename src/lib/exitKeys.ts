/**
 * The quick exit's keyboard shortcut, after GOV.UK's "Exit this page": Shift pressed on
 * its own three times, each press within 5 seconds of the one before. A press counts only
 * if no other key went down while Shift was held, so typing capital letters never counts,
 * and any other key starts the count again. Escape is never used: people press it by
 * habit, and it stops a page from loading.
 */
export const PRESSES_TO_EXIT = 3;
export const PRESS_WINDOW_MS = 5000;

export interface ShiftCounter {
  keydown(key: string, repeat?: boolean): void;
  /** Returns the number of counted presses after this key is released. */
  keyup(key: string): number;
}

export function createShiftCounter(onCount: (count: number) => void, onExit: () => void, now: () => number = Date.now): ShiftCounter {
  let count = 0;
  let last = 0;
  let shiftAlone = false;
  const reset = () => {
    if (count !== 0) onCount(0);
    count = 0;
  };
  return {
    keydown(key, repeat = false) {
      if (key === 'Shift') {
        if (!repeat) shiftAlone = true;
        return;
      }
      shiftAlone = false;
      reset();
    },
    keyup(key) {
      if (key !== 'Shift' || !shiftAlone) return count;
      shiftAlone = false;
      const t = now();
      if (count > 0 && t - last > PRESS_WINDOW_MS) count = 0;
      count += 1;
      last = t;
      if (count >= PRESSES_TO_EXIT) {
        count = 0;
        onExit();
        return PRESSES_TO_EXIT;
      }
      onCount(count);
      return count;
    },
  };
}
