// The budgets: each names its limit and the measured value, fails when exceeded, and is "not measured" without data.
import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../../src/lib/bench/budgets.ts';
import type { PageWeight } from '../../../src/lib/bench/pageWeight.ts';
import type { BenchReport, PageTypeWeight, SizeResult } from '../../../src/lib/bench/report.ts';

function weight(path: string, totalGzip: number, jsGzip = 1000): PageWeight {
  return { path, htmlBytes: 0, htmlGzip: totalGzip - jsGzip, cssGzip: 0, jsGzip, totalGzip, requests: 4, css: [], js: [], images: [], lazyJs: [] };
}

function typeWeight(page: PageWeight): PageTypeWeight {
  return { pages: 1, median: page, max: page };
}

function size(documents: number, wallMs: number, overrides: Partial<SizeResult> = {}): SizeResult {
  return {
    documents,
    timeline: documents / 2,
    glossary: 12,
    htmlPages: documents * 2,
    generateMs: 0,
    build: { wallMs, exitCode: 0, stages: {}, memory: { treeRssBytes: 0, processHwmBytes: 0, processName: 'node', samples: 1, intervalMs: 100 }, gnuTimeMaxRssBytes: null, loadAverage: 0 },
    images: { total: 0, rendered: 0, cached: 0, source: 'image cache folder' },
    msPerPage: 10,
    dist: { files: 0, bytes: 0 },
    pagefind: { files: 0, bytes: 0 },
    precache: null,
    pages: {
      document: typeWeight(weight('/documenten/a/', 20_000)),
      entry: typeWeight(weight('/tijdlijn/b/', 20_000)),
      home: typeWeight(weight('/', 10_000)),
      begroting: typeWeight(weight('/begroting/', 60_000)),
    },
    largestPage: null,
    maxJs: { path: '/', jsGzip: 2000 },
    noJs: { checked: 4, failing: [] },
    search: { query: 'x', status: '3 resultaten', found: true, errors: [], requests: 5, bytes: 200_000, gzipBytes: 150_000, byKind: {}, files: [] },
    ...overrides,
  };
}

function report(sizes: SizeResult[], imagesRendered: number | null = 1): Omit<BenchReport, 'budgets'> {
  return {
    generatedAt: '',
    command: '',
    machine: { cpus: 2, cpuModel: '', memoryBytes: 0, node: '', platform: '' },
    seed: 1,
    sizes,
    imageCache: imagesRendered === null ? null : { documents: 10, changed: 'documents/x.md', images: { total: 16, rendered: imagesRendered, cached: 16 - imagesRendered, source: 'build output' }, stages: {} },
    lighthouse: null,
  };
}

const statusOf = (results: ReturnType<typeof checkBudgets>, name: RegExp) => results.find((r) => name.test(r.name))?.status;

describe('checkBudgets', () => {
  it('passes a run within every budget', () => {
    const results = checkBudgets(report([size(10, 10_000), size(100, 20_000), size(1000, 200_000)]));
    expect(results.filter((r) => r.status !== 'pass')).toEqual([]);
  });

  it('fails each budget that is exceeded and says by how much', () => {
    const heavy = size(1000, 300_000, {
      msPerPage: 30,
      pages: { ...size(1, 1).pages, entry: typeWeight(weight('/tijdlijn/zwaar/', 60 * 1024)) },
      maxJs: { path: '/tijdlijn/', jsGzip: 11 * 1024 },
      noJs: { checked: 3, failing: [{ path: '/x/', missing: ['Een zin'] }] },
      search: { query: 'x', status: '3 resultaten', found: true, errors: [], requests: 20, bytes: 400 * 1024, gzipBytes: 0, byKind: {}, files: [] },
    });
    const results = checkBudgets(report([size(100, 20_000), heavy], 2));
    expect(results.find((r) => r.name.startsWith('entry'))).toMatchObject({ status: 'fail', measured: '60.0 KB (heaviest: /tijdlijn/zwaar/ at 1000 documents)' });
    expect(statusOf(results, /^JS gzip/)).toBe('fail');
    expect(statusOf(results, /without JS|no JS/)).toBe('fail');
    expect(statusOf(results, /per page at 1000/)).toBe('fail');
    expect(results.find((r) => r.name.startsWith('build time growth'))).toMatchObject({ status: 'fail', measured: '15.0× (20.0 s → 300.0 s)' });
    expect(statusOf(results, /first search/)).toBe('fail');
    expect(statusOf(results, /share images/)).toBe('fail');
    expect(statusOf(results, /^document/)).toBe('pass');
  });

  it('judges Lighthouse as served gzip-compressed, and shows the uncompressed scores beside it', () => {
    const scores = (performance: number) => ({ performance, accessibility: 100, 'best-practices': 100, seo: 100 });
    const page = (path: string, performance: number) => ({ path, scores: scores(performance), lost: [], warnings: [] });
    const lighthouse = (plain: number, gzip: number) =>
      checkBudgets({
        ...report([size(10, 10_000)]),
        lighthouse: { generatedAt: '', version: '12', pages: [page('/', 100), page('/begroting/', plain)], gzipPages: [page('/', 100), page('/begroting/', gzip)] },
      }).find((r) => r.name.startsWith('Lighthouse'));
    expect(lighthouse(99, 100)).toMatchObject({ status: 'pass', measured: 'all 100; uncompressed: /begroting/ performance 99' });
    expect(lighthouse(99, 99)).toMatchObject({ status: 'fail', measured: '/begroting/ performance 99; uncompressed: /begroting/ performance 99' });
  });

  it('fails the search budget when the search itself failed, however few bytes it fetched', () => {
    const failed = { query: 'x', status: 'Zoeken lukt nu niet.', found: false, errors: ['/pagefind/x: net::ERR_FAILED'], requests: 3, bytes: 1000, gzipBytes: 0, byKind: {}, files: [] };
    const results = checkBudgets(report([size(1000, 10_000, { search: failed })]));
    expect(results.find((r) => r.name.startsWith('first search'))).toMatchObject({
      status: 'fail',
      measured: 'the search failed: "Zoeken lukt nu niet." /pagefind/x: net::ERR_FAILED',
    });
  });

  it('says "not measured" for a budget the run has no data for', () => {
    const results = checkBudgets(report([size(10, 10_000, { search: { unavailable: '/zoeken/ is not in this build' } })], null));
    expect(statusOf(results, /per page at 1000/)).toBe('not measured');
    expect(statusOf(results, /growth/)).toBe('not measured');
    expect(statusOf(results, /first search/)).toBe('not measured');
    expect(statusOf(results, /share images/)).toBe('not measured');
  });
});
