// `npm run build`: checks the whole content root, builds the site with Astro, renders the share images, indexes it for
// search, writes the offline service worker, then checks that no published URL was lost.
import { resolve } from 'node:path';
import { ContentErrors } from '../src/lib/contentErrors.ts';
import { contentRoot, displayPath } from '../src/lib/contentRoot.ts';
import { loadDossierOnce } from '../src/lib/currentDossier.ts';
import type { Dossier } from '../src/lib/dossier.ts';
import { SERVICE_WORKER_FILE, writeServiceWorker } from '../src/lib/precache.ts';
import { builtPages, checkPublishedUrls } from '../src/lib/publishedUrls.ts';
import { buildSearchIndex } from '../src/lib/searchIndex.ts';
import { writeShareImages } from '../src/lib/shareImages.ts';

async function stage<T>(name: string, run: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await run();
  console.log(`[kamerdossier] ${name}: ${Math.round(performance.now() - started)} ms`);
  return result;
}

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

const root = contentRoot();
const outDir = resolve(process.env.OUT_DIR || 'dist');
let dossier: Dossier;
try {
  dossier = await stage('content check', () => loadDossierOnce(root));
} catch (error) {
  if (error instanceof ContentErrors) fail(`${error.message}\n\nThe site was not built. Fix the fields above and build again.`);
  throw error;
}
console.log(
  `[kamerdossier] ${displayPath(root)}: ${dossier.documents.length} documents, ${dossier.timeline.length} timeline entries, ${dossier.glossary.length} terms`,
);

// Astro (with Vite and Rolldown's native threads) is loaded only once the content is known to be good: a content error
// ends the process before any of it starts, quickly and without native threads to wind down at exit.
const { build } = await import('astro');
await stage('astro', () => build({ logLevel: process.env.CI ? 'warn' : 'info' }));

const images = await stage('images', () => writeShareImages(dossier, outDir));
console.log(`[kamerdossier] share images: ${images.rendered} rendered, ${images.cached} from cache`);

const search = await stage('pagefind', () => buildSearchIndex(outDir));
console.log(`[kamerdossier] search index: ${search.pages} pages`);
const precache = await stage('service worker', () => writeServiceWorker(outDir));
console.log(`[kamerdossier] ${SERVICE_WORKER_FILE} precaches ${precache.count} files, ${(precache.bytes / 1e6).toFixed(2)} MB (version ${precache.version})`);

const urls = await stage('published URLs', () => checkPublishedUrls(dossier.published, builtPages(outDir), dossier.redirects));
if (urls.missing.length > 0) {
  fail(
    `${displayPath(resolve(root, 'published-urls.txt'))}: these published URLs are no longer built:\n` +
      urls.missing.map((path) => `  - ${path}`).join('\n') +
      `\nA published link must keep working. Restore the page, or add a line "<old path>: <new path>" to ${displayPath(resolve(root, 'redirects.yaml'))}.`,
  );
}
if (urls.unregistered.length > 0) {
  console.log(`[kamerdossier] ${urls.unregistered.length} new pages are not in published-urls.txt yet; after publishing run: npm run urls:record`);
}
