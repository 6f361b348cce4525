// The share-image cache seen from outside the build: which files a build added, and how many images a site has.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Where src/lib/ogImage.ts keeps rendered cards, relative to the directory the build runs in. */
export function imageCacheDir(projectRoot: string): string {
  return join(projectRoot, 'node_modules', '.cache', 'kamerdossier-og');
}

export function cachedImages(cacheDir: string): Set<string> {
  return new Set(existsSync(cacheDir) ? readdirSync(cacheDir).filter((name) => name.endsWith('.png')) : []);
}

/** Files in the cache now that were not there before: each is an image rendered (not read from the cache) in between. */
export function addedImages(cacheDir: string, before: ReadonlySet<string>): string[] {
  return [...cachedImages(cacheDir)].filter((name) => !before.has(name));
}

export function removeImages(cacheDir: string, names: Iterable<string>): void {
  for (const name of names) rmSync(join(cacheDir, name), { force: true });
}

/** Share images of a built site (`og/**.png`). */
export function shareImageCount(outDir: string): number {
  const dir = join(outDir, 'og');
  return existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.png')).length : 0;
}
