// `npm run bench`: builds synthetic dossiers of growing size and reports build time, memory, page weight and search cost.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { checkBudgets } from '../src/lib/bench/budgets.ts';
import { corpusOf } from '../src/lib/bench/corpus.ts';
import { gzipProxy } from '../src/lib/bench/gzipProxy.ts';
import { addedImages, cachedImages, imageCacheDir, removeImages, shareImageCount } from '../src/lib/bench/imageCache.ts';
import { ensureLighthouse, runLighthouse } from '../src/lib/bench/lighthouse.ts';
import { measureSite } from '../src/lib/bench/measureSite.ts';
import { siteWeigher } from '../src/lib/bench/pageWeight.ts';
import { reportMarkdown, type BenchReport, type ImageCacheResult, type ShareImages, type SizeResult } from '../src/lib/bench/report.ts';
import { runBuild, type BuildResult } from '../src/lib/bench/runBuild.ts';
import { firstSearchCost } from '../src/lib/bench/searchCost.ts';
import { folderSize, precacheFromServiceWorker } from '../src/lib/bench/siteSize.ts';
import { editDocument, writeSyntheticDossier } from '../src/lib/bench/writeDossier.ts';
import { displayPath } from '../src/lib/contentRoot.ts';
import { loadDossier } from '../src/lib/dossier.ts';
import { builtPages } from '../src/lib/publishedUrls.ts';
import { CHROMIUM_FLAGS, launchBrowser } from '../tests/helpers/browser.ts';
import { projectRoot } from '../tests/helpers/buildSite.ts';
import { serveDist } from '../tests/helpers/server.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    seed: { type: 'string', default: '1' },
    query: { type: 'string', default: 'slachtoffers' },
    check: { type: 'boolean', default: false },
    lighthouse: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const REAL_CONTENT = join(projectRoot, 'content');
// `--out` keeps a trial run (say at 10,000 documents) from replacing the committed results.
const RESULTS_DIR = values.out ? resolve(values.out) : join(projectRoot, 'bench', 'results');
const TOOLS_DIR = join(projectRoot, 'node_modules', '.cache', 'bench-tools');
const CACHE_DIR = imageCacheDir(projectRoot);
const seed = Number(values.seed);
// `--lighthouse` alone only refreshes the Lighthouse scores; the size runs of the last report are kept.
const runSizes = values.sizes !== undefined || !values.lighthouse;
const sizes = (values.sizes ?? '10,100,1000').split(',').map((s) => Number(s.trim()));
if (!Number.isInteger(seed) || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('Usage: npm run bench -- [--sizes 10,100,1000] [--seed 1] [--query slachtoffers] [--check] [--lighthouse] [--keep] [--out dir]');
  process.exit(2);
}
// In the site's title, so that every run renders its share images afresh (as on a new machine) instead of reading
// them from an earlier run's cache; the images this run adds to the cache are removed at the end.
const runLabel = `meting ${Date.now().toString(36)}`;
const addedToCache = new Set<string>();

const log = (message: string): void => console.log(`[bench] ${message}`);

/** `synthetic`: the images it renders are this run's own and are removed from the cache at the end. */
async function build(env: Record<string, string>, what: string, synthetic = true): Promise<BuildResult & { images: ShareImages }> {
  const before = cachedImages(CACHE_DIR);
  const result = await runBuild(projectRoot, env, (line) => {
    if (line.startsWith('[kamerdossier]')) log(`  ${line}`);
  });
  const added = addedImages(CACHE_DIR, before);
  if (synthetic) for (const name of added) addedToCache.add(name);
  if (result.run.exitCode !== 0) throw new Error(`the build of ${what} failed (exit ${result.run.exitCode}):\n${result.output.slice(-4000)}`);
  const total = env.OUT_DIR ? shareImageCount(env.OUT_DIR) : 0;
  const counted = result.parsed.shareImages;
  const images: ShareImages = counted
    ? { total, ...counted, source: 'build output' }
    : { total, rendered: added.length, cached: total - added.length, source: 'image cache folder' };
  return { ...result, images };
}

async function searchCost(browser: Browser, outDir: string): Promise<SizeResult['search']> {
  if (!builtPages(outDir).includes('/zoeken/')) return { unavailable: '/zoeken/ is not in this build' };
  const server = await serveDist(outDir);
  try {
    return await firstSearchCost(browser, server.url(`/zoeken/?q=${encodeURIComponent(values.query)}`), values.query);
  } finally {
    await server.close();
  }
}

/** `cacheTest`: change one document and build again, to count the share images rendered anew. */
async function benchSize(documents: number, browser: Browser, cacheTest: boolean): Promise<{ size: SizeResult; imageCache: ImageCacheResult | null }> {
  const work = mkdtempSync(join(tmpdir(), `kamerdossier-bench-${documents}-`));
  const contentDir = join(work, 'content');
  const outDir = join(work, 'dist');
  try {
    log(`${documents} documents: generating into ${contentDir}`);
    const generating = performance.now();
    const counts = writeSyntheticDossier(corpus, REAL_CONTENT, contentDir, { documents, seed, label: runLabel });
    const generateMs = performance.now() - generating;
    log(`${documents} documents: building`);
    const built = await build({ CONTENT_DIR: contentDir, OUT_DIR: outDir }, `the ${documents}-document dossier`);
    log(`${documents} documents: built in ${(built.run.wallMs / 1000).toFixed(1)} s; measuring pages and search`);
    const measures = measureSite(outDir, contentDir);
    const { astro, pagefind } = built.run.stages;
    const fromLine = built.parsed.precache;
    const fromWorker = precacheFromServiceWorker(outDir);
    const size: SizeResult = {
      ...counts,
      ...measures,
      generateMs,
      build: built.run,
      images: built.images,
      msPerPage: astro !== undefined && pagefind !== undefined ? (astro + pagefind) / measures.htmlPages : null,
      dist: folderSize(outDir),
      pagefind: folderSize(join(outDir, 'pagefind')),
      precache: fromWorker
        ? { ...fromWorker, source: 'sw.js precache list, file sizes on disk' }
        : fromLine
          ? { files: fromLine.files, bytes: Math.round(fromLine.megabytes * 1e6), source: 'build output line' }
          : null,
      search: await searchCost(browser, outDir),
    };

    let imageCache: ImageCacheResult | null = null;
    if (cacheTest) {
      const real = new Set(corpus.documents.map((d) => `${d.data.slug}.md`));
      const file = readdirSync(join(contentDir, 'documents')).filter((name) => !real.has(name)).sort().pop() ?? readdirSync(join(contentDir, 'documents')).sort()[0]!;
      const changed = editDocument(contentDir, file.replace(/\.mdx?$/, ''));
      log(`${documents} documents: building again after changing ${displayPath(changed)} (image cache test)`);
      const again = await build({ CONTENT_DIR: contentDir, OUT_DIR: join(work, 'dist-again') }, `the ${documents}-document dossier, changed`);
      imageCache = { documents, changed: `documents/${file}`, images: again.images, stages: again.run.stages };
    }
    return { size, imageCache };
  } finally {
    if (values.keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

async function lighthouseRun(): Promise<BenchReport['lighthouse']> {
  let version: string;
  try {
    version = ensureLighthouse(TOOLS_DIR);
  } catch (error) {
    return { unavailable: `Lighthouse could not be installed into ${displayPath(TOOLS_DIR)}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const work = mkdtempSync(join(tmpdir(), 'kamerdossier-bench-lighthouse-'));
  const outDir = join(work, 'dist');
  try {
    log('Lighthouse: building the real content');
    await build({ CONTENT_DIR: REAL_CONTENT, OUT_DIR: outDir }, 'the real content', false);
    // The heaviest document and timeline entry: the pages most likely to lose points.
    const weigh = siteWeigher(outDir);
    const dossier = loadDossier(REAL_CONTENT);
    const heaviest = (paths: string[]): string => paths.map(weigh).sort((a, b) => b.totalGzip - a.totalGzip)[0]!.path;
    const paths = [
      '/',
      heaviest(dossier.timeline.map((e) => `/tijdlijn/${e.data.slug}/`)),
      heaviest(dossier.documents.map((d) => `/documenten/${d.data.slug}/`)),
      '/begroting/',
    ];
    const server = await serveDist(outDir);
    const proxy = await gzipProxy(server.origin);
    try {
      const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
      log(`Lighthouse ${version}, uncompressed: ${paths.join(', ')}`);
      const pages = await runLighthouse(TOOLS_DIR, paths.map((path) => ({ path, url: server.url(path) })), chrome, CHROMIUM_FLAGS);
      log(`Lighthouse ${version}, gzip-compressed: ${paths.join(', ')}`);
      const gzipPages = await runLighthouse(TOOLS_DIR, paths.map((path) => ({ path, url: proxy.origin + path })), chrome, CHROMIUM_FLAGS);
      return { generatedAt: new Date().toISOString(), version, pages, gzipPages };
    } finally {
      await proxy.close();
      await server.close();
    }
  } catch (error) {
    return { unavailable: `Lighthouse did not run: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The last report, whose sections this run does not redo are kept (e.g. the size runs when only Lighthouse runs). */
function previousReport(): BenchReport | undefined {
  const file = join(RESULTS_DIR, 'latest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BenchReport) : undefined;
}

function writeReport(partial: Omit<BenchReport, 'budgets'>): BenchReport {
  const report: BenchReport = { ...partial, budgets: checkBudgets(partial) };
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(RESULTS_DIR, 'latest.md'), reportMarkdown(report));
  return report;
}

const corpus = corpusOf(loadDossier(REAL_CONTENT));
const previous = previousReport();
const cpu = cpus();
let report: Omit<BenchReport, 'budgets'> = {
  generatedAt: new Date().toISOString(),
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  machine: { cpus: cpu.length, cpuModel: cpu[0]?.model ?? 'unknown', memoryBytes: totalmem(), node: process.version, platform: `${process.platform} ${process.arch}` },
  seed,
  sizes: runSizes ? [] : (previous?.sizes ?? []),
  imageCache: runSizes ? null : (previous?.imageCache ?? null),
  lighthouse: values.lighthouse ? null : (previous?.lighthouse ?? null),
};

try {
  if (runSizes) {
    const browser = await launchBrowser();
    try {
      const smallest = Math.min(...sizes);
      for (const documents of sizes) {
        const { size, imageCache } = await benchSize(documents, browser, documents === smallest && !report.imageCache);
        report = { ...report, sizes: [...report.sizes, size], imageCache: imageCache ?? report.imageCache };
        writeReport(report);
      }
    } finally {
      await browser.close();
    }
  }
  if (values.lighthouse) report = { ...report, lighthouse: await lighthouseRun() };
} finally {
  removeImages(CACHE_DIR, addedToCache);
}

const final = writeReport(report);
log(`wrote ${displayPath(join(RESULTS_DIR, 'latest.json'))} and ${displayPath(join(RESULTS_DIR, 'latest.md'))}`);
for (const budget of final.budgets) log(`${budget.status.padEnd(12)} ${budget.name}: ${budget.measured} (limit ${budget.limit})`);
const failed = final.budgets.filter((b) => b.status === 'fail');
if (values.check && failed.length > 0) {
  console.error(`\n${failed.length} budget(s) exceeded:\n${failed.map((b) => `  - ${b.name}: ${b.measured}, limit ${b.limit}`).join('\n')}`);
  process.exit(1);
}
