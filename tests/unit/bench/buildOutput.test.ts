// Reading the build's output: stage timings, counts, the precache line and the share-image counts.
import { describe, expect, it } from 'vitest';
import { parseBuildOutput } from '../../../src/lib/bench/buildOutput.ts';

const OUTPUT = `[kamerdossier] content check: 653 ms
[kamerdossier] content: 5 documents, 25 timeline entries, 12 terms
[kamerdossier] astro: 5366 ms
[kamerdossier] share images: 3 rendered, 28 from cache
[kamerdossier] pagefind: 99 ms
[kamerdossier] search index: 43 pages
[kamerdossier] service worker: 64 ms
[kamerdossier] sw.js precaches 113 files, 1.05 MB (version bf9fbdad2a5eb23d)
[kamerdossier] published URLs: 2 ms
[kamerdossier] 5 new pages are not in published-urls.txt yet; after publishing run: npm run urls:record
14:02:11 [WARN] something Astro says: 12 ms`;

describe('parseBuildOutput', () => {
  it('reads every stage in order, the counts, the precache and the share images', () => {
    const parsed = parseBuildOutput(OUTPUT);
    expect(parsed.stages).toEqual({ 'content check': 653, astro: 5366, pagefind: 99, 'service worker': 64, 'published URLs': 2 });
    expect(Object.keys(parsed.stages)).toEqual(['content check', 'astro', 'pagefind', 'service worker', 'published URLs']);
    expect(parsed.counts).toEqual({ documents: 5, timeline: 25, glossary: 12 });
    expect(parsed.searchPages).toBe(43);
    expect(parsed.precache).toEqual({ files: 113, megabytes: 1.05 });
    expect(parsed.shareImages).toEqual({ rendered: 3, cached: 28 });
  });

  it('leaves out what a build does not print', () => {
    const parsed = parseBuildOutput('[kamerdossier] content check: 10 ms\n');
    expect(parsed).toEqual({ stages: { 'content check': 10 } });
  });
});
