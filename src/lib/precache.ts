// The offline copy of a built site: workbox-build lists the files of the out dir, and the service worker gets that list
// with a version hash of this build written into it.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getManifest, type ManifestEntry } from 'workbox-build';

/** The service worker, at the root of the base path so that its scope can be the whole site. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** Files of the built site the service worker does not store, as globs relative to the out dir, each with its reason. */
export const NOT_PRECACHED: readonly { glob: string; reason: string }[] = [
  { glob: SERVICE_WORKER_FILE, reason: 'the service worker itself: the browser fetches and updates it on its own' },
  { glob: '_headers', reason: 'header rules for the host (Netlify, Cloudflare Pages), which does not serve the file: storing it would fail' },
  { glob: 'og/**', reason: 'share images for link previews on other sites: no page shows them, and they are some 40 % of the bytes' },
  { glob: 'pagefind/pagefind-*ui.{js,css}', reason: "Pagefind's ready-made search interfaces: /zoeken/ has its own" },
  { glob: 'pagefind/pagefind-highlight.js', reason: "Pagefind's highlighter for the pages a result leads to: not used" },
  { glob: 'pagefind/wasm.unknown.pagefind', reason: 'the search code for pages without a language: every page has lang="nl"' },
];

export interface Precache {
  /** Site paths relative to the base path; a page as its directory (`documenten/x/`, `./` for the home page). */
  urls: string[];
  /** Changes whenever any precached file changes: part of the cache name, so each build gets a cache of its own. */
  version: string;
  count: number;
  bytes: number;
}

/** Pages are stored under the URL a reader visits (`tijdlijn/`), not the file the host serves for it (`tijdlijn/index.html`). */
const asVisited = (url: string): string => url.replace(/(^|\/)index\.html$/, '$1') || './';

/** Lists every file of `outDir` to precache. A file workbox would skip (too large) fails the build rather than go missing offline. */
export async function precacheManifest(outDir: string): Promise<Precache> {
  const { manifestEntries, count, size, warnings } = await getManifest({
    globDirectory: outDir,
    globPatterns: ['**/*'],
    globIgnores: NOT_PRECACHED.map(({ glob }) => glob),
  });
  if (warnings.length > 0) throw new Error(`The offline copy would be incomplete:\n${warnings.join('\n')}`);
  const entries: ManifestEntry[] = manifestEntries.map((entry) => ({ ...entry, url: asVisited(entry.url) })).sort((a, b) => a.url.localeCompare(b.url));
  const version = createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 16);
  return { urls: entries.map((entry) => entry.url), version, count, bytes: size };
}

/** The service worker's code; it reads the constant PRECACHE that `writeServiceWorker` puts before it. */
const SOURCE = new URL('../sw/serviceWorker.js', import.meta.url);

/** Writes `<outDir>/sw.js`: a first line with the precache of this build, then the worker's code. */
export async function writeServiceWorker(outDir: string): Promise<Precache> {
  const precache = await precacheManifest(outDir);
  const line = `const PRECACHE = ${JSON.stringify({ version: precache.version, urls: precache.urls })};`;
  writeFileSync(join(outDir, SERVICE_WORKER_FILE), `${line}\n${readFileSync(SOURCE, 'utf8')}`);
  return precache;
}
