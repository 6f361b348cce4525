// Filters the timeline by thread in place, keeping the URL (/tijdlijn/<thread>/) and the announced count in step.

function applyFilter(root: HTMLElement, thread: string): void {
  let shown = 0;
  for (const item of root.querySelectorAll<HTMLElement>('[data-threads]')) {
    const visible = thread === '' || (item.dataset.threads ?? '').split(' ').includes(thread);
    item.hidden = !visible;
    if (visible) shown += 1;
  }
  for (const year of root.querySelectorAll<HTMLElement>('[data-year]')) {
    year.hidden = year.querySelector('[data-threads]:not([hidden])') === null;
  }
  let label = '';
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-thread]')) {
    const active = link.dataset.thread === thread;
    if (active) {
      link.setAttribute('aria-current', 'page');
      label = link.textContent?.trim() ?? '';
    } else link.removeAttribute('aria-current');
  }
  const status = root.querySelector<HTMLElement>('[data-filter-status]');
  if (status) status.textContent = `${shown} ${shown === 1 ? 'gebeurtenis' : 'gebeurtenissen'}${thread ? `: ${label}` : ''}`;
}

export function enhanceTimelineFilter(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-thread]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    const thread = link.dataset.thread ?? '';
    applyFilter(root, thread);
    history.pushState({ thread }, '', link.href);
  });
  window.addEventListener('popstate', (event) => {
    const state = event.state as { thread?: string } | null;
    applyFilter(root, state?.thread ?? root.dataset.initialThread ?? '');
  });
}
