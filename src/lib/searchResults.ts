// What the search page makes of Pagefind's answers: the parts of its browser API in use, the passages a result links
// to, the announced count, and a search as URL parameters (`?q=…&soort=…&jaar=…`).

/** The filters the search page offers, in this order; the names are those of `data-pagefind-filter` in the templates. */
export const FILTERS = [
  { name: 'soort', legend: 'Soort' },
  { name: 'documenttype', legend: 'Type document' },
  { name: 'jaar', legend: 'Jaar' },
] as const;

/** Filter name -> value -> number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

/** An element with an id inside the indexed content; `location` counts words from the start of the page. */
export interface Anchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

interface WeightedLocation {
  balanced_score: number;
  location: number;
}

/** The part of a page under one heading with an id (or before the first heading). */
interface SubResult {
  title: string;
  url: string;
  /** Page text with the found words in `<mark>`; Pagefind escapes the page text itself. */
  excerpt: string;
  weighted_locations: WeightedLocation[];
}

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Partial<Record<string, string>>;
  filters: Partial<Record<string, string[]>>;
  anchors: Anchor[];
  sub_results: SubResult[];
}

/** A found page; its data (the fragment file) is fetched only when asked for. */
export interface PagefindResult {
  data(): Promise<ResultData>;
}

/** The parts of Pagefind's browser API (`pagefind/pagefind.js`) the search page uses. */
export interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string, options: { filters: Record<string, { any: string[] }> }): Promise<{ results: PagefindResult[] }>;
}

export interface SearchState {
  query: string;
  /** Filter name -> the values chosen; values of one filter are alternatives, filters narrow each other. */
  filters: Record<string, string[]>;
}

export function readSearch(params: URLSearchParams): SearchState {
  const filters: Record<string, string[]> = {};
  for (const { name } of FILTERS) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length > 0) filters[name] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

export function searchParams({ query, filters }: SearchState): URLSearchParams {
  const params = new URLSearchParams(query ? { q: query } : {});
  for (const [name, values] of Object.entries(filters)) for (const value of values) params.append(name, value);
  return params;
}

export function pagefindFilters(filters: SearchState['filters']): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, { any: values }]));
}

/** How a filter value is shown: `document` as `Document`; years and document types are shown as they are. */
export const valueLabel = (value: string): string => value.charAt(0).toUpperCase() + value.slice(1);

/** The announced count, e.g. `3 resultaten voor «slachtoffer»`, with the chosen filters after it. */
export function statusText(count: number, query: string, filters: SearchState['filters']): string {
  const found = count === 0 ? 'Geen resultaten' : count === 1 ? '1 resultaat' : `${count} resultaten`;
  const chosen = Object.values(filters).flat().map(valueLabel);
  return `${found} voor «${query}»${chosen.length > 0 ? `, met filter: ${chosen.join(', ')}` : ''}`;
}

export interface Passage {
  /** The heading the passage is under; the page title for the part before the first heading. */
  title: string;
  excerpt: string;
  /** The page with the id of the paragraph, list item, table row or heading where the best match is. */
  url: string;
}

/** Blocks a passage link may land on; an id inside a block (a footnote mark, a chart's SVG title) is not a passage. */
const PASSAGE_ELEMENTS = /^(h[1-6]|p|li|tr|dt|dd|figure|section|table|blockquote)$/i;

/**
 * The best places on a page, up to `max`, each linked to the closest block with an id at or before its best match.
 * Pagefind itself links a part of a page to its heading only; the anchors list has every id, so a link can land on
 * the paragraph. An id used twice on a page (which #id would reach?) is skipped. A part with no id before its match
 * (a match in the page title) gives no passage: the result's own link goes there.
 */
export function passages(data: ResultData, max = 3): Passage[] {
  const uses = new Map<string, number>();
  for (const { id } of data.anchors) uses.set(id, (uses.get(id) ?? 0) + 1);
  const anchors = data.anchors
    .filter(({ id, element }) => uses.get(id) === 1 && PASSAGE_ELEMENTS.test(element))
    .sort((a, b) => a.location - b.location);
  const anchorAt = (location: number) => anchors.findLast((anchor) => anchor.location <= location);
  return data.sub_results
    .flatMap((sub) => {
      const best = [...sub.weighted_locations].sort((a, b) => b.balanced_score - a.balanced_score);
      const anchor = best.map(({ location }) => anchorAt(location)).find((found) => found !== undefined);
      return anchor ? [{ title: sub.title, excerpt: sub.excerpt, url: `${data.url}#${anchor.id}`, score: best[0]!.balanced_score }] : [];
    })
    .sort((a, b) => b.score - a.score)
    .filter((passage, i, all) => all.findIndex((other) => other.url === passage.url) === i)
    .slice(0, max)
    .map(({ title, excerpt, url }) => ({ title, excerpt, url }));
}
