/**
 * Quick exit, after GOV.UK's "Exit this page". One press (or Shift three times, see
 * src/lib/exitKeys.ts) hides the page at once, before the browser has even started to
 * leave, then replaces it in history with a neutral page, so Back does not return here.
 * Without JavaScript the button is a plain link to the same neutral page.
 */
import { PRESSES_TO_EXIT, createShiftCounter } from '../lib/exitKeys.ts';

/** Blanks the page: nothing of it stays on screen while the next page loads. */
export function hidePage(doc: Document): void {
  doc.body.hidden = true;
  doc.title = '';
}

export function installQuickExit(doc: Document, leave: (url: string) => void = (url) => doc.defaultView!.location.replace(url)): void {
  const link = doc.querySelector<HTMLAnchorElement>('[data-quick-exit]');
  if (!link) return;
  const status = doc.querySelector<HTMLElement>('[data-quick-exit-status]');
  const exit = (event?: Event) => {
    event?.preventDefault();
    hidePage(doc);
    leave(link.href);
  };
  link.addEventListener('click', exit);
  const counter = createShiftCounter(
    (count) => {
      link.dataset.presses = String(count);
      if (status) status.textContent = count === 0 ? '' : (status.dataset.template ?? '').replace('{n}', String(PRESSES_TO_EXIT - count));
    },
    () => exit(),
  );
  doc.addEventListener('keydown', (event) => counter.keydown(event.key, event.repeat));
  doc.addEventListener('keyup', (event) => counter.keyup(event.key));
}
