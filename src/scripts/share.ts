// Turns each share control's permalink into a button: Web Share where the browser has it, otherwise copy the link.

export function enhanceShareControls(root: ParentNode): void {
  for (const control of root.querySelectorAll<HTMLElement>('[data-share]')) {
    const link = control.querySelector<HTMLAnchorElement>('.share-link');
    const status = control.querySelector<HTMLElement>('.share-status');
    const url = control.dataset.shareUrl;
    if (!link || !status || !url) continue;
    const canShare = typeof navigator.share === 'function';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'share-button';
    button.textContent = canShare ? 'Deel deze pagina' : 'Kopieer de link';
    button.addEventListener('click', async () => {
      try {
        if (canShare) {
          await navigator.share({ title: control.dataset.shareTitle ?? document.title, url });
        } else {
          await navigator.clipboard.writeText(url);
          status.textContent = `De link is gekopieerd: ${url}`;
        }
      } catch (error) {
        // The reader closed the share sheet: nothing to report.
        if (error instanceof DOMException && error.name === 'AbortError') return;
        status.textContent = `Kopiëren lukte niet. De link is: ${url}`;
      }
    });
    link.replaceWith(button);
  }
}
