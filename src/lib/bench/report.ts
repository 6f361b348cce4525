// The benchmark's results: their shape (written as bench/results/latest.json) and the Markdown table made from them.
import type { BudgetResult } from './budgets.ts';
import type { LighthousePage } from './lighthouse.ts';
import type { PageWeight } from './pageWeight.ts';
import type { MemoryPeak } from './processTree.ts';
import type { SearchCost } from './searchCost.ts';
import type { FolderSize } from './siteSize.ts';

export const PAGE_TYPES = ['document', 'entry', 'home', 'begroting'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export interface PageTypeWeight {
  pages: number;
  /** The page of median weight (HTML + CSS + JS) and the heaviest one. */
  median: PageWeight;
  max: PageWeight;
}

export interface BuildRun {
  wallMs: number;
  exitCode: number | null;
  stages: Record<string, number>;
  memory: MemoryPeak;
  /** GNU time's maximum resident set size: the largest single process of the tree, exact (kernel accounting). */
  gnuTimeMaxRssBytes: number | null;
  /** The machine's 1-minute load average when the build started: other work on the machine slows a build down. */
  loadAverage: number;
}

export interface ShareImages {
  total: number;
  rendered: number;
  cached: number;
  /** `build output`: the build's `share images:` line; without it, the files the build added to the image cache folder. */
  source: 'build output' | 'image cache folder';
}

export interface SizeResult {
  documents: number;
  timeline: number;
  glossary: number;
  htmlPages: number;
  generateMs: number;
  build: BuildRun;
  images: ShareImages;
  /** (astro + pagefind) ms per HTML page. */
  msPerPage: number | null;
  dist: FolderSize;
  pagefind: FolderSize;
  precache: (FolderSize & { source: string }) | null;
  pages: Record<PageType, PageTypeWeight | null>;
  largestPage: PageWeight | null;
  /** The page with the most JavaScript, /zoeken/ left out (it needs its script to search). */
  maxJs: { path: string; jsGzip: number } | null;
  noJs: { checked: number; failing: { path: string; missing: string[] }[] };
  search: SearchCost | { unavailable: string };
}

export interface ImageCacheResult {
  documents: number;
  changed: string;
  images: ShareImages;
  /** Stages of the second build. */
  stages: Record<string, number>;
}

export interface LighthouseResult {
  generatedAt: string;
  version: string;
  /** Served by tests/helpers/server.ts as it is: no compression. */
  pages: LighthousePage[];
  /** The same pages through gzipProxy: compressed, as Netlify, Cloudflare Pages and GitHub Pages send them. */
  gzipPages: LighthousePage[];
}

export interface BenchReport {
  generatedAt: string;
  command: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string; platform: string };
  seed: number;
  sizes: SizeResult[];
  imageCache: ImageCacheResult | null;
  lighthouse: LighthouseResult | { unavailable: string } | null;
  budgets: BudgetResult[];
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number | undefined): string => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

function weightCell(weight: PageTypeWeight | null, pick: (w: PageWeight) => string): string {
  if (!weight) return 'n/a';
  return weight.pages > 1 ? `${pick(weight.median)} (max ${pick(weight.max)})` : pick(weight.max);
}

function searchCell(search: SizeResult['search'], pick: (s: SearchCost) => string): string {
  return 'unavailable' in search ? 'n/a' : pick(search);
}

/** The report as Markdown: one column per dossier size, then the budgets and Lighthouse. */
export function reportMarkdown(report: BenchReport): string {
  const sizes = report.sizes;
  const head = ['', ...sizes.map((s) => `${s.documents} documents`)];
  const row = (label: string, cell: (s: SizeResult) => string): string[] => [label, ...sizes.map(cell)];
  const stageNames = [...new Set(sizes.flatMap((s) => Object.keys(s.build.stages)))];
  const rows: string[][] = [
    row('timeline entries / terms / HTML pages', (s) => `${s.timeline} / ${s.glossary} / ${s.htmlPages}`),
    row('build, wall time', (s) => seconds(s.build.wallMs)),
    ...stageNames.map((name) => row(`– ${name}`, (s) => seconds(s.build.stages[name]))),
    row('share images rendered / from cache', (s) => `${s.images.rendered} / ${s.images.cached}`),
    row('(astro + pagefind) per page', (s) => (s.msPerPage === null ? '–' : `${s.msPerPage.toFixed(1)} ms`)),
    row('peak memory, process tree (sampled)', (s) => mb(s.build.memory.treeRssBytes)),
    row('peak memory, largest process', (s) =>
      `${mb(s.build.gnuTimeMaxRssBytes ?? s.build.memory.processHwmBytes)} (${s.build.memory.processName || '?'})`,
    ),
    row('load average at start', (s) => s.build.loadAverage.toFixed(2)),
    row('dist/', (s) => `${mb(s.dist.bytes)}, ${s.dist.files} files`),
    row('dist/pagefind/', (s) => `${mb(s.pagefind.bytes)}, ${s.pagefind.files} files`),
    row('precache (sw.js)', (s) => (s.precache ? `${mb(s.precache.bytes)}, ${s.precache.files} files` : 'n/a')),
    ...(['document', 'entry', 'home', 'begroting'] as const).flatMap((type) => [
      row(`${type}: HTML+CSS+JS gzip`, (s) => weightCell(s.pages[type], (w) => kb(w.totalGzip))),
      row(`${type}: JS gzip`, (s) => weightCell(s.pages[type], (w) => kb(w.jsGzip))),
      row(`${type}: requests`, (s) => weightCell(s.pages[type], (w) => String(w.requests))),
    ]),
    row('largest page, HTML gzip', (s) => (s.largestPage ? `${kb(s.largestPage.htmlGzip)} ${s.largestPage.path}` : '–')),
    row('most JS outside /zoeken/', (s) => (s.maxJs ? `${kb(s.maxJs.jsGzip)} ${s.maxJs.path}` : '–')),
    row('readable without JS (pages checked)', (s) => `${s.noJs.checked - s.noJs.failing.length}/${s.noJs.checked}`),
    row('first search: bytes fetched', (s) => searchCell(s.search, (c) => `${kb(c.bytes)} in ${c.requests} requests`)),
    row('– of which wasm / index / fragments', (s) =>
      searchCell(s.search, (c) => [c.byKind.wasm, c.byKind.index, c.byKind.fragment].map((k) => kb(k?.bytes ?? 0)).join(' / ')),
    ),
    row('– if the host gzips JS', (s) => searchCell(s.search, (c) => kb(c.gzipBytes))),
  ];
  const parts = [`# Benchmark: build time, page weight and search cost`, '', `${report.generatedAt}, \`${report.command}\`, seed ${report.seed}.`];
  parts.push(
    `Machine: ${report.machine.cpus} × ${report.machine.cpuModel}, ${mb(report.machine.memoryBytes)}, Node ${report.machine.node}, ${report.machine.platform}.`,
  );
  if (sizes.length > 0) parts.push('', table(head, rows));
  const search = sizes.find((s) => !('unavailable' in s.search))?.search;
  if (search && !('unavailable' in search)) parts.push('', `First search: /zoeken/?q=${search.query} in Chromium, without service worker.`);
  if (report.imageCache) {
    const c = report.imageCache;
    parts.push('', `Image cache: a second build of the ${c.documents}-document dossier after changing ${c.changed} rendered ${c.images.rendered} share image(s) and took ${c.images.cached} from the cache (counted from the ${c.images.source}).`);
  }
  if (report.budgets.length > 0) {
    parts.push('', '## Budgets', '', table(['budget', 'limit', 'measured', 'result'], report.budgets.map((b) => [b.name, b.limit, b.measured, b.status])));
  }
  if (report.lighthouse) {
    parts.push('', '## Lighthouse (mobile preset, real content)', '');
    if ('unavailable' in report.lighthouse) parts.push(`Not run: ${report.lighthouse.unavailable}`);
    else {
      const scores = (pages: LighthousePage[]): string =>
        table(
          ['page', 'performance', 'accessibility', 'best practices', 'SEO'],
          pages.map((p) => [p.path, ...Object.values(p.scores).map((v) => (v === null ? '–' : String(v)))]),
        );
      const lost = (pages: LighthousePage[]): string[] => {
        const lines = pages.flatMap((p) => p.lost.map((l) => `- ${p.path} ${l}`));
        return lines.length > 0 ? ['', 'Points lost:', '', ...lines] : [];
      };
      parts.push(
        `Lighthouse ${report.lighthouse.version}, Debian Chromium, ${report.lighthouse.generatedAt}.`,
        '',
        'Gzip-compressed, as the site\'s hosts send them (the budget):',
        '',
        scores(report.lighthouse.gzipPages),
        ...lost(report.lighthouse.gzipPages),
        '',
        'The same pages uncompressed, straight from tests/helpers/server.ts (stricter than any host):',
        '',
        scores(report.lighthouse.pages),
        ...lost(report.lighthouse.pages),
      );
    }
  }
  return `${parts.join('\n')}\n`;
}
