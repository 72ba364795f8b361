/**
 * "Download image" and "Share" under each chart (issue 14). This file only shows the
 * buttons (with JavaScript off they stay hidden, as they could do nothing) and loads the
 * drawing code on the first press, so a page nobody shares from never downloads it.
 * "Share" appears only where the browser has a share sheet (phones, mostly).
 */
let drawing: Promise<typeof import('./shareChart.ts')> | undefined;
const load = () => (drawing ??= import('./shareChart.ts'));

async function press(box: HTMLElement, action: 'download' | 'share') {
  const strings = JSON.parse(box.dataset.strings ?? '{}') as Record<'working' | 'ready' | 'failed', string>;
  const status = box.querySelector<HTMLElement>('.graphic-share-status')!;
  status.textContent = strings.working;
  box.setAttribute('aria-busy', 'true');
  try {
    const share = await load();
    if (action === 'download') {
      await share.downloadCard(box);
      status.textContent = '';
    } else {
      const result = await share.shareCard(box);
      status.textContent = result === 'again' ? strings.ready : '';
    }
  } catch (error) {
    status.textContent = strings.failed;
    console.warn('Share picture:', error);
  } finally {
    box.removeAttribute('aria-busy');
  }
}

for (const box of document.querySelectorAll<HTMLElement>('[data-graphic-share]')) {
  box.hidden = false;
  const send = box.querySelector<HTMLButtonElement>('[data-share-send]')!;
  send.hidden = typeof navigator.share !== 'function';
  box.querySelector('[data-share-download]')!.addEventListener('click', () => void press(box, 'download'));
  send.addEventListener('click', () => void press(box, 'share'));
}
