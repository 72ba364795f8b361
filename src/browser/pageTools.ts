/**
 * Small helpers on chapter pages: copy buttons (citations, section links) and the print
 * button. These buttons are in the page from the start (so nothing moves when this runs)
 * and are hidden by CSS only when scripting is off.
 */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function announce(doc: Document, message: string) {
  const status = doc.querySelector<HTMLElement>('.copy-status');
  if (status) status.textContent = message;
}

export function installPageTools(doc: Document): void {
  const status = doc.querySelector<HTMLElement>('.copy-status');
  const copied = status?.dataset.copiedText ?? '';
  doc.querySelectorAll<HTMLButtonElement>('[data-copy-target]').forEach((button) => {
    button.addEventListener('click', async () => {
      const target = doc.getElementById(button.dataset.copyTarget ?? '');
      if (target && (await copy(target.textContent ?? ''))) announce(doc, copied);
    });
  });
  const linkCopied = status?.dataset.linkCopiedText ?? copied;
  doc.querySelectorAll<HTMLAnchorElement>('[data-copy-link]').forEach((link) => {
    link.addEventListener('click', (event) => {
      // Without a clipboard the link simply goes to the section, and the address bar has it.
      if (!navigator.clipboard) return;
      event.preventDefault();
      history.replaceState(null, '', link.hash);
      void copy(link.href).then((ok) => ok && announce(doc, linkCopied));
    });
  });
  doc.querySelectorAll<HTMLButtonElement>('[data-print]').forEach((button) => {
    button.addEventListener('click', () => window.print());
  });
}
