/**
 * Quick exit behaviour. Leaving replaces the current history entry, so the Back button
 * does not bring this page back; pressing Escape twice within a second does the same.
 */
export const EXIT_URL = 'about:blank';
const DOUBLE_PRESS_MS = 1000;

export function installQuickExit(doc: Document, leave: (url: string) => void = (url) => doc.defaultView!.location.replace(url)): void {
  const exit = (event?: Event) => {
    event?.preventDefault();
    leave(EXIT_URL);
  };
  doc.querySelectorAll('[data-quick-exit]').forEach((el) => el.addEventListener('click', exit));
  let lastEscape = 0;
  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const now = Date.now();
    if (now - lastEscape < DOUBLE_PRESS_MS) exit(event);
    lastEscape = now;
  });
}
