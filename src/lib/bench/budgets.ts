// The performance budgets of the issue, checked against a benchmark report: each with its limit and the measured value.
import type { BenchReport, PageType, SizeResult } from './report.ts';

export interface BudgetResult {
  name: string;
  limit: string;
  measured: string;
  /** `not measured` when the run did not include what the budget needs (e.g. no 1,000-document dossier). */
  status: 'pass' | 'fail' | 'not measured';
}

/** 1 KB = 1,024 bytes, as in the report. */
const KB = 1024;

export const BUDGETS = {
  /** HTML + CSS + JS, gzip, per page type; the share image is not counted. */
  pageGzip: { document: 50 * KB, entry: 50 * KB, home: 50 * KB, begroting: 120 * KB } satisfies Record<PageType, number>,
  /** JavaScript, gzip, on any page but /zoeken/. */
  jsGzip: 10 * KB,
  /** (astro + pagefind) ms per HTML page at 1,000 documents. */
  msPerPage: 25,
  msPerPageAt: 1000,
  /** Build wall time at 1,000 documents divided by that at 100. */
  growth: 11,
  growthFrom: 100,
  growthTo: 1000,
  /** Bytes a first search fetches at 1,000 documents, wasm included. */
  searchBytes: 300 * KB,
  searchAt: 1000,
  /** Share images re-rendered after one document changed. */
  imagesAfterOneChange: 1,
} as const;

const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

function verdict(ok: boolean): BudgetResult['status'] {
  return ok ? 'pass' : 'fail';
}

function atSize(sizes: readonly SizeResult[], documents: number): SizeResult | undefined {
  return sizes.find((s) => s.documents === documents && s.build.exitCode === 0);
}

function pageBudgets(sizes: readonly SizeResult[]): BudgetResult[] {
  return (Object.keys(BUDGETS.pageGzip) as PageType[]).map((type) => {
    const limit = BUDGETS.pageGzip[type];
    const name = `${type} page: HTML+CSS+JS gzip`;
    const worst = sizes
      .flatMap((s) => (s.pages[type] ? [{ documents: s.documents, page: s.pages[type].max }] : []))
      .sort((a, b) => b.page.totalGzip - a.page.totalGzip)[0];
    if (!worst) return { name, limit: `≤ ${kb(limit)}`, measured: 'n/a', status: 'not measured' };
    return {
      name,
      limit: `≤ ${kb(limit)}`,
      measured: `${kb(worst.page.totalGzip)} (heaviest: ${worst.page.path} at ${worst.documents} documents)`,
      status: verdict(worst.page.totalGzip <= limit),
    };
  });
}

export function checkBudgets(report: Omit<BenchReport, 'budgets'>): BudgetResult[] {
  const { sizes } = report;
  const results = pageBudgets(sizes);

  const js = sizes.flatMap((s) => (s.maxJs ? [{ documents: s.documents, ...s.maxJs }] : [])).sort((a, b) => b.jsGzip - a.jsGzip)[0];
  results.push(
    js
      ? { name: 'JS gzip on any page but /zoeken/', limit: `≤ ${kb(BUDGETS.jsGzip)}`, measured: `${kb(js.jsGzip)} (${js.path} at ${js.documents} documents)`, status: verdict(js.jsGzip <= BUDGETS.jsGzip) }
      : { name: 'JS gzip on any page but /zoeken/', limit: `≤ ${kb(BUDGETS.jsGzip)}`, measured: 'n/a', status: 'not measured' },
  );

  const checked = sizes.reduce((sum, s) => sum + s.noJs.checked, 0);
  const failing = sizes.flatMap((s) => s.noJs.failing);
  results.push({
    name: 'main text in the HTML (no JS needed to read)',
    limit: 'every page checked',
    measured: failing.length === 0 ? `${checked} of ${checked} pages` : `${failing.length} of ${checked} pages miss text, e.g. ${failing[0]!.path}: "${failing[0]!.missing[0]}"`,
    status: checked === 0 ? 'not measured' : verdict(failing.length === 0),
  });

  const perPage = atSize(sizes, BUDGETS.msPerPageAt);
  results.push({
    name: `(astro + pagefind) per page at ${BUDGETS.msPerPageAt} documents`,
    limit: `≤ ${BUDGETS.msPerPage} ms`,
    measured: perPage?.msPerPage == null ? 'n/a' : `${perPage.msPerPage.toFixed(1)} ms (${perPage.htmlPages} pages)`,
    status: perPage?.msPerPage == null ? 'not measured' : verdict(perPage.msPerPage <= BUDGETS.msPerPage),
  });

  const from = atSize(sizes, BUDGETS.growthFrom);
  const to = atSize(sizes, BUDGETS.growthTo);
  const growth = from && to ? to.build.wallMs / from.build.wallMs : undefined;
  results.push({
    name: `build time growth, ${BUDGETS.growthFrom} → ${BUDGETS.growthTo} documents`,
    limit: `≤ ${BUDGETS.growth}×`,
    measured: growth === undefined ? 'n/a' : `${growth.toFixed(1)}× (${(from!.build.wallMs / 1000).toFixed(1)} s → ${(to!.build.wallMs / 1000).toFixed(1)} s)`,
    status: growth === undefined ? 'not measured' : verdict(growth <= BUDGETS.growth),
  });

  const search = atSize(sizes, BUDGETS.searchAt)?.search;
  const searchBudget = { name: `first search query at ${BUDGETS.searchAt} documents, wasm included`, limit: `≤ ${kb(BUDGETS.searchBytes)}` };
  results.push(
    !search || 'unavailable' in search
      ? { ...searchBudget, measured: search ? `n/a: ${search.unavailable}` : 'n/a', status: 'not measured' }
      : !search.found
        ? { ...searchBudget, measured: `the search failed: "${search.status}" ${search.errors.join('; ')}`.trim(), status: 'fail' }
        : { ...searchBudget, measured: `${kb(search.bytes)} in ${search.requests} requests`, status: verdict(search.bytes <= BUDGETS.searchBytes) },
  );

  const cache = report.imageCache;
  results.push({
    name: 'share images re-rendered after one document changed',
    limit: `exactly ${BUDGETS.imagesAfterOneChange}`,
    measured: cache ? `${cache.images.rendered} rendered, ${cache.images.cached} from cache (${cache.documents} documents)` : 'n/a',
    status: cache ? verdict(cache.images.rendered === BUDGETS.imagesAfterOneChange) : 'not measured',
  });

  const lighthouse = report.lighthouse;
  if (lighthouse) {
    const name = 'Lighthouse, mobile: home, entry, document, /begroting/';
    if ('unavailable' in lighthouse) results.push({ name, limit: '100 in all four categories', measured: `n/a: ${lighthouse.unavailable}`, status: 'not measured' });
    else {
      const below = (pages: typeof lighthouse.pages): string[] =>
        pages.flatMap((p) => Object.entries(p.scores).filter(([, score]) => score !== 100).map(([category, score]) => `${p.path} ${category} ${score ?? '–'}`));
      // Judged as the site's hosts serve it, gzip-compressed; the stricter uncompressed run is shown beside it.
      const gzip = below(lighthouse.gzipPages);
      const plain = below(lighthouse.pages);
      const measured = `${gzip.length === 0 ? 'all 100' : gzip.join(', ')}; uncompressed: ${plain.length === 0 ? 'all 100' : plain.join(', ')}`;
      results.push({ name, limit: '100 in all four categories (gzip-compressed)', measured, status: verdict(gzip.length === 0) });
    }
  }
  return results;
}
