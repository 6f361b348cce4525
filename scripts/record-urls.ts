// `npm run urls:record`: adds the pages of the last build (OUT_DIR, default dist/) to the content root's published-urls.txt.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentRoot, displayPath } from '../src/lib/contentRoot.ts';
import { builtPages, formatRegistry, parseRegistry } from '../src/lib/publishedUrls.ts';

const outDir = resolve(process.env.OUT_DIR || 'dist');
if (!existsSync(outDir)) {
  console.error(`${displayPath(outDir)} does not exist: run npm run build first.`);
  process.exit(1);
}
const file = join(contentRoot(), 'published-urls.txt');
const published = existsSync(file) ? parseRegistry(readFileSync(file, 'utf8')) : [];
const pages = builtPages(outDir);
const added = pages.filter((path) => !published.includes(path));
// Only ever adds: a path that disappears must get a redirect, never be dropped from the registry.
writeFileSync(file, formatRegistry([...published, ...added]));
console.log(`${displayPath(file)}: ${added.length} added, ${published.length + added.length} in all.`);
