/**
 * Offline reading, by choice: registers the service worker (src/browser/sw.js) when the
 * browser is idle, keeps the footer's line true, and runs the "Save for offline reading"
 * button, which downloads this page's edition with a progress bar. Nothing is saved in
 * bulk unless the reader presses it, Save-Data or not. A new deploy waits until the reader
 * chooses to load it (or closes every tab), so a page never mixes files from two deploys.
 */
interface Info {
  type: 'INFO';
  saved: string[];
  bytes: Record<string, number>;
}

/** Sends a message to the active worker and resolves with its replies, one by one, through `onReply`. */
function ask(worker: ServiceWorker, message: object, onReply: (data: { type: string } & Record<string, unknown>) => boolean | void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = (event) => {
    if (onReply(event.data) === true) channel.port1.close();
  };
  worker.postMessage(message, [channel.port2]);
}

export function megabytes(bytes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1, numberingSystem: 'latn' }).format(bytes / 1024 / 1024);
}

export function installOffline(doc: Document): void {
  const box = doc.querySelector<HTMLElement>('[data-offline]');
  if (!box || !('serviceWorker' in navigator)) return;
  const text = box.dataset;
  const edition = text.edition ?? 'en';
  const locale = doc.documentElement.lang || 'en';
  const line = box.querySelector<HTMLElement>('.offline-status')!;
  const button = box.querySelector<HTMLButtonElement>('[data-save-edition]')!;
  const progress = box.querySelector<HTMLProgressElement>('progress')!;
  const fill = (template: string | undefined, vars: Record<string, string>) => (template ?? '').replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
  let saved = false;
  let waiting: ServiceWorker | null = null;

  const show = (message: string, reload = false) => {
    line.textContent = message;
    if (reload) {
      const load = doc.createElement('button');
      load.type = 'button';
      load.textContent = text.reload ?? '';
      load.addEventListener('click', () => waiting?.postMessage({ type: 'SKIP_WAITING' }));
      line.append(' ', load);
    }
  };
  const refresh = () => {
    if (waiting) return;
    if (!navigator.onLine) show(text.offlineNow ?? '');
    else show(saved ? (text.saved ?? '') : (text.kept ?? ''));
  };
  window.addEventListener('online', refresh);
  window.addEventListener('offline', refresh);

  const describe = (worker: ServiceWorker) =>
    ask(worker, { type: 'INFO' }, (data) => {
      const info = data as unknown as Info;
      saved = info.saved.includes(edition);
      button.textContent = fill(saved ? text.resave : text.save, { size: megabytes(info.bytes[edition] ?? 0, locale) });
      button.hidden = false;
      box.hidden = false;
      refresh();
      return true;
    });

  button.addEventListener('click', async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!registration.active) return;
    button.disabled = true;
    progress.hidden = false;
    progress.value = 0;
    ask(registration.active, { type: 'SAVE', edition }, (data) => {
      if (data.type === 'PROGRESS') {
        const { bytes, totalBytes } = data as unknown as { bytes: number; totalBytes: number };
        progress.max = totalBytes;
        progress.value = bytes;
        show(fill(text.saving, { done: megabytes(bytes, locale), total: megabytes(totalBytes, locale) }));
        return;
      }
      button.disabled = false;
      progress.hidden = true;
      if (data.type === 'SAVED') {
        saved = true;
        describe(registration.active!);
      } else show(fill(text.failed, { reason: String(data.message ?? '') }));
      return true;
    });
  });

  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (waiting && !reloading) {
      reloading = true;
      location.reload();
    }
  });

  // A reader who removed everything from this device in this tab is not signed up again
  // until the tab is closed (sessionStorage ends with the tab).
  if (sessionStorage.getItem('offline-removed')) return;
  const whenIdle = (run: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 4000 }) : setTimeout(run, 2000));
  const start = async () => {
    const controlled = Boolean(navigator.serviceWorker.controller);
    const registration = await navigator.serviceWorker.register(`${text.base}sw.js`, { scope: text.base });
    const watch = (worker: ServiceWorker | null) =>
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) {
          waiting = worker;
          show(text.update ?? '', true);
        }
      });
    if (registration.waiting && navigator.serviceWorker.controller) {
      waiting = registration.waiting;
      show(text.update ?? '', true);
    }
    watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));
    const ready = await navigator.serviceWorker.ready;
    if (!ready.active) return;
    // This page loaded before the worker ran: keep it and the files it used.
    if (!controlled) {
      const urls = [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)];
      ready.active.postMessage({ type: 'KEEP', urls });
    }
    describe(ready.active);
  };
  if (doc.readyState === 'complete') whenIdle(() => void start());
  else window.addEventListener('load', () => whenIdle(() => void start()));
}

/**
 * Removes everything this site stored on the device: its caches, its service worker,
 * and its local and session storage. Browser history is not reachable from a page; the
 * help page explains how to clear it.
 */
export async function removeSiteData(): Promise<void> {
  // Stop the worker that controls this page from storing anything more, then remove it all.
  navigator.serviceWorker?.controller?.postMessage({ type: 'STOP' });
  if ('caches' in window) await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
  if ('serviceWorker' in navigator) await Promise.all((await navigator.serviceWorker.getRegistrations()).map((r) => r.unregister()));
  localStorage.clear();
  sessionStorage.clear();
  // Remember, for this tab only, not to register the worker again on the next page.
  sessionStorage.setItem('offline-removed', '1');
}

export function installRemoveSiteData(doc: Document): void {
  doc.querySelectorAll<HTMLElement>('[data-remove-site-data]').forEach((box) => {
    const button = box.querySelector('button')!;
    const status = box.querySelector<HTMLElement>('[role="status"]')!;
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        await removeSiteData();
        status.textContent = box.dataset.done ?? '';
      } catch {
        status.textContent = box.dataset.failed ?? '';
      } finally {
        button.disabled = false;
      }
    });
  });
}
