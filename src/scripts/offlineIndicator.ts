// Shows a quiet line at the top of the page while the browser has no network, so the reader knows this is a stored copy.

export function showOfflineNotice(notice: HTMLElement): void {
  // Rendered at the end of the page; moved to the top, just above the site header: below the quick exit, which stays
  // the first thing on a small screen.
  document.querySelector('body > header')?.before(notice);
  const update = (): void => {
    notice.hidden = navigator.onLine;
  };
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();
}
