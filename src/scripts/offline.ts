/**
 * Offline reading: registers the service worker and keeps the footer's status line true.
 * A new version waits until the reader chooses to reload (or closes every tab), so a page
 * never mixes files from two deploys.
 */
export function installOfflineStatus(doc: Document): void {
  const line = doc.querySelector<HTMLElement>('.offline-status');
  if (!line || !('serviceWorker' in navigator)) return;
  const text = line.dataset;
  const show = (message: string, reload = false) => {
    line.hidden = false;
    line.textContent = message;
    if (reload) {
      const button = doc.createElement('button');
      button.type = 'button';
      button.textContent = text.reload ?? '';
      button.addEventListener('click', () => waiting?.postMessage({ type: 'SKIP_WAITING' }));
      line.append(' ', button);
    }
  };
  let waiting: ServiceWorker | null = null;
  const refresh = () => {
    if (!navigator.onLine) show(text.offline ?? '');
    else if (navigator.serviceWorker.controller) show(text.ready ?? '');
  };
  window.addEventListener('online', refresh);
  window.addEventListener('offline', refresh);
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (waiting && !reloading) {
      reloading = true;
      location.reload();
    } else refresh();
  });
  // Register once the page has loaded and the browser is idle, so saving the offline copy
  // never competes with the reader's first view.
  const whenIdle = (run: () => void) =>
    'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 4000 }) : setTimeout(run, 2000);
  window.addEventListener('load', () => whenIdle(async () => {
    const registration = await navigator.serviceWorker.register(`${text.base}sw.js`, { scope: text.base });
    const watch = (worker: ServiceWorker | null) =>
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) {
          waiting = worker;
          show(text.update ?? '', true);
        } else if (worker.state === 'activated') refresh();
      });
    if (registration.waiting && navigator.serviceWorker.controller) {
      waiting = registration.waiting;
      show(text.update ?? '', true);
    }
    if (registration.installing) {
      show(text.saving ?? '');
      watch(registration.installing);
    }
    registration.addEventListener('updatefound', () => watch(registration.installing));
    refresh();
  }));
}
