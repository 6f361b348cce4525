// The service worker's precache list on the real build: every file of dist/ is in it, except the few left out on
// purpose (NOT_PRECACHED, each with its reason), and everything in it is a file of dist/.
import { globSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { NOT_PRECACHED, SERVICE_WORKER_FILE } from '../../src/lib/precache.ts';

const distDir = inject('distDir');
const files = readdirSync(distDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name).slice(distDir.length + 1).split(sep).join('/'));
/** The first line of sw.js, as the build writes it: `const PRECACHE = {"version":…,"urls":[…]};`. */
const precache: { version: string; urls: string[] } = JSON.parse(
  /^const PRECACHE = (.*);$/m.exec(readFileSync(join(distDir, SERVICE_WORKER_FILE), 'utf8'))![1]!,
);
/** The file a precached URL stands for: a page is stored under its directory URL. */
const fileOf = (url: string) => (url === './' ? 'index.html' : url.endsWith('/') ? `${url}index.html` : url);
const leftOut = new Set(NOT_PRECACHED.flatMap(({ glob }) => globSync(glob, { cwd: distDir })).map((file) => file.split(sep).join('/')));

describe('precache', () => {
  it('holds every file of the built site except those left out on purpose', () => {
    const precached = new Set(precache.urls.map(fileOf));
    expect(files.filter((file) => !precached.has(file) && !leftOut.has(file))).toEqual([]);
    expect(precache.urls.map(fileOf).filter((file) => !files.includes(file))).toEqual([]);
    expect(new Set(precache.urls).size).toBe(precache.urls.length);
  });

  it('leaves out only files that are there, and none of them is precached', () => {
    for (const { glob } of NOT_PRECACHED) expect(globSync(glob, { cwd: distDir }), glob).not.toEqual([]);
    for (const file of leftOut) expect(precache.urls.map(fileOf)).not.toContain(file);
  });

  it('holds the pages, the search index, the feed, the data and the app icons', () => {
    expect(precache.urls).toEqual(expect.arrayContaining(['./', 'zoeken/', 'tijdlijn.xml', 'manifest.webmanifest', 'icons/192.png', 'icons/512.png']));
    for (const part of ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.nl.pagefind']) {
      expect(precache.urls).toContain(part);
    }
    for (const kind of ['pf_meta', 'pf_index', 'pf_fragment']) expect(precache.urls.some((url) => url.endsWith(`.${kind}`)), kind).toBe(true);
    expect(precache.urls.some((url) => url.startsWith('_astro/') && url.endsWith('.css'))).toBe(true);
    expect(precache.urls.some((url) => url.startsWith('data/') && url.endsWith('.csv'))).toBe(true);
    expect(precache.version).toMatch(/^[0-9a-f]{16}$/);
  });
});
