// Registers the service worker that keeps the whole site readable offline, for the site's base path only.
import { joinBase, normaliseBase } from '../lib/urls.ts';

export function registerServiceWorker(base: string): void {
  if (!('serviceWorker' in navigator)) return;
  const scope = normaliseBase(base);
  // After the page has loaded, so that storing the site does not slow down the first visit.
  window.addEventListener('load', () => {
    // sw.js is written by the build (SERVICE_WORKER_FILE in src/lib/precache.ts, which the browser cannot import).
    navigator.serviceWorker.register(joinBase(scope, 'sw.js'), { scope }).catch((error: unknown) => {
      // The site works without it (e.g. private windows that refuse workers); there is nothing to tell the reader.
      console.warn('The service worker was not registered:', error);
    });
  });
}
