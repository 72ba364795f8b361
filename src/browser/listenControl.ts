/**
 * The "Listen" button. It shows only where the browser can speak (it is hidden by CSS with
 * scripting off); the reader itself (listen.ts) is downloaded the first time it is pressed.
 */
export function installListen(doc: Document): void {
  const win = doc.defaultView;
  const canSpeak = Boolean(win && 'speechSynthesis' in win && win.speechSynthesis && 'SpeechSynthesisUtterance' in win);
  doc.querySelectorAll<HTMLElement>('[data-listen]').forEach((control) => {
    if (!canSpeak) {
      control.hidden = true;
      return;
    }
    const toggle = control.querySelector<HTMLButtonElement>('.listen-toggle');
    let reader: Promise<{ toggle(): void }> | undefined;
    toggle?.addEventListener('click', async () => {
      reader ??= import('./listen.ts').then(({ createReader }) => createReader(control, win!));
      (await reader).toggle();
    });
  });
}
