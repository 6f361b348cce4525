// What a first search costs a reader: every byte the browser fetches from pagefind/ when /zoeken/?q=… opens in Chromium.
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';

export interface FetchedFile {
  path: string;
  /** As sent by the test server, which does not compress (Pagefind's index files are gzip files of their own). */
  bytes: number;
  /** What a host that gzips JavaScript and JSON would send instead. */
  gzipBytes: number;
}

export interface SearchCost {
  query: string;
  /** What the page announced, e.g. `12 resultaten voor «slachtoffers»`. */
  status: string;
  /** False when the page announced a failure instead of results: then the bytes say nothing. */
  found: boolean;
  /** Errors the page and its worker reported, to tell why a search failed. */
  errors: string[];
  requests: number;
  bytes: number;
  gzipBytes: number;
  /** Bytes per kind of file: js, wasm, entry, meta, index, filter, fragment. */
  byKind: Record<string, { requests: number; bytes: number }>;
  files: FetchedFile[];
}

function kindOf(path: string): string {
  if (path.endsWith('.js')) return 'js';
  if (/\/wasm\.[^/]+\.pagefind$/.test(path)) return 'wasm';
  if (path.endsWith('.json')) return 'entry';
  const extension = /\.pf_(\w+)$/.exec(path)?.[1];
  return extension ?? 'other';
}

async function fetched(response: Response, path: string): Promise<FetchedFile> {
  const body = await response.body().catch(() => Buffer.alloc(0));
  return { path, bytes: body.length, gzipBytes: /\.(js|json)$/.test(path) ? gzipSync(body).length : body.length };
}

/**
 * Opens the search page in a fresh browser context without a service worker (which would also download the whole site
 * for offline use: that is the precache, reported on its own) and waits until the results are announced and the network
 * is quiet. `searchUrl` is the absolute URL of `/zoeken/?q=<query>`.
 */
export async function firstSearchCost(browser: Browser, searchUrl: string, query: string): Promise<SearchCost> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const pending: Promise<FetchedFile>[] = [];
    // On the context, not the page, so that what Pagefind's web worker fetches is counted too.
    context.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (!path.includes('/pagefind/')) return;
      pending.push(fetched(response, path));
    });
    const errors: string[] = [];
    context.on('requestfailed', (request) => errors.push(`${new URL(request.url()).pathname}: ${request.failure()?.errorText ?? 'failed'}`));
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(searchUrl);
    const status = page.locator('[data-search-status]');
    await status.filter({ hasText: /resultat|Geen|lukt/ }).waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const announced = (await status.textContent())?.trim() ?? '';
    const files = await Promise.all(pending);
    const byKind: SearchCost['byKind'] = {};
    for (const file of files) {
      const kind = kindOf(file.path);
      const entry = (byKind[kind] ??= { requests: 0, bytes: 0 });
      entry.requests += 1;
      entry.bytes += file.bytes;
    }
    return {
      query,
      status: announced,
      found: /resultat|Geen/.test(announced),
      errors,
      requests: files.length,
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
      gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
      byKind,
      files: files.sort((a, b) => a.path.localeCompare(b.path)),
    };
  } finally {
    await context.close();
  }
}
