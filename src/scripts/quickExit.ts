// Quick exit: replace this page in the history with the neutral site, on a click or on Shift pressed three times.

const PRESSES = 3;
const WINDOW_MS = 2000;

export function enhanceQuickExit(root: Document): void {
  const link = root.querySelector<HTMLAnchorElement>('[data-quick-exit]');
  if (!link) return;
  const leave = (): void => {
    // Hide the page at once, so it is not seen while the other site loads.
    root.body.hidden = true;
    root.title = '';
    window.location.replace(link.href);
  };
  link.addEventListener('click', (event) => {
    event.preventDefault();
    leave();
  });
  let presses: number[] = [];
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift' || event.repeat) return;
    const now = event.timeStamp;
    presses = [...presses.filter((t) => now - t < WINDOW_MS), now];
    if (presses.length >= PRESSES) leave();
  });
}
