// The search page: Pagefind in the browser, with filters, an announced count and the search kept in the URL.
import { joinBase, normaliseBase } from '../lib/urls.ts';
import {
  FILTERS,
  pagefindFilters,
  passages,
  readSearch,
  searchParams,
  statusText,
  valueLabel,
  type FilterCounts,
  type Pagefind,
  type PagefindResult,
  type ResultData,
  type SearchState,
} from '../lib/searchResults.ts';

/** Results shown at once; "Meer resultaten" shows the next ones, so only their fragments are fetched. */
const PAGE_SIZE = 5;
const FAILED = 'Zoeken lukt nu niet. Laad de pagina opnieuw of probeer het later nog eens.';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind's excerpt: the page text, escaped by Pagefind, with the found words in `<mark>`. Nothing else is set as HTML. */
function excerpt(className: string, html: string): HTMLElement {
  const node = element('p', className);
  node.innerHTML = html;
  return node;
}

function renderFilters(container: HTMLDetailsElement, counts: FilterCounts, chosen: SearchState['filters']): void {
  for (const { name, legend } of FILTERS) {
    // A page without a year (date unknown) has an empty value: nothing to choose.
    const values = Object.keys(counts[name] ?? {}).filter(Boolean).sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }));
    if (values.length === 0) continue;
    const fieldset = element('fieldset');
    fieldset.append(element('legend', undefined, legend));
    for (const value of values) {
      const box = element('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.checked = chosen[name]?.includes(value) ?? false;
      const label = element('label');
      label.append(box, ` ${valueLabel(value)}`);
      fieldset.append(label);
    }
    container.append(fieldset);
  }
  // Closed at first, so the results come right under the search box; open when a shared search has filters.
  container.open = Object.keys(chosen).length > 0;
}

function renderResult(data: ResultData): HTMLLIElement {
  const item = element('li', 'search-result');
  const kind = data.filters.soort?.[0];
  const facts = [kind && valueLabel(kind), data.filters.documenttype?.[0], data.meta.date, data.meta.citation].filter(Boolean);
  const heading = element('h2');
  heading.append(Object.assign(element('a', undefined, data.meta.title || data.url), { href: data.url }));
  if (facts.length > 0) item.append(element('p', 'search-result-facts', facts.join(' · ')));
  item.append(heading, excerpt('search-result-excerpt', data.excerpt));
  const found = passages(data);
  if (found.length > 0) {
    const list = element('ul', 'search-result-passages');
    for (const passage of found) {
      const entry = element('li');
      entry.append(Object.assign(element('a', undefined, passage.title), { href: passage.url }));
      // The best passage often has the excerpt already shown for the page.
      if (passage.excerpt !== data.excerpt) entry.append(excerpt('search-result-excerpt', passage.excerpt));
      list.append(entry);
    }
    item.append(element('p', 'search-result-passages-label', 'Gevonden in:'), list);
  }
  return item;
}

/** The search as the form has it now. */
function formState(form: HTMLFormElement): SearchState {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
  return readSearch(params);
}

/** Shows the search form in `root` instead of `fallback` (the message for browsers without JavaScript), and runs it. */
export async function enhanceSearch(root: HTMLElement, fallback: HTMLElement, base: string): Promise<void> {
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const filters = root.querySelector<HTMLDetailsElement>('details[data-search-filters]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !input || !filters || !status || !list || !more) return;
  fallback.hidden = true;
  root.hidden = false;

  let pagefind: Pagefind;
  try {
    pagefind = await import(/* @vite-ignore */ joinBase(base, 'pagefind/pagefind.js'));
    // Result URLs in the index start at the site root; the base path goes before them.
    await pagefind.options({ baseUrl: normaliseBase(base) });
    const initial = readSearch(new URLSearchParams(location.search));
    input.value = initial.query;
    renderFilters(filters, await pagefind.filters(), initial.filters);
  } catch {
    status.textContent = FAILED;
    return;
  }

  let results: PagefindResult[] = [];
  let latest = 0;

  const showMore = async (search: number): Promise<HTMLLIElement[]> => {
    const shown = list.children.length;
    const data = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
    if (search !== latest) return [];
    const items = data.map(renderResult);
    list.append(...items);
    more.hidden = list.children.length >= results.length;
    return items;
  };

  const run = async (): Promise<void> => {
    const state = formState(form);
    const params = searchParams(state).toString();
    history.replaceState(null, '', params ? `?${params}` : location.pathname);
    const search = ++latest;
    if (!state.query) {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    try {
      const found = await pagefind.search(state.query, { filters: pagefindFilters(state.filters) });
      if (search !== latest) return;
      results = found.results;
      list.replaceChildren();
      await showMore(search);
      if (search === latest) status.textContent = statusText(results.length, state.query, state.filters);
    } catch {
      // A part of the index that could not be fetched (no network, and not stored yet).
      if (search === latest) status.textContent = FAILED;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  filters.addEventListener('change', () => void run());
  let loading = false;
  more.addEventListener('click', async () => {
    // A second click while the next results load would show them twice.
    if (loading) return;
    loading = true;
    const added = await showMore(latest)
      .catch(() => {
        status.textContent = FAILED;
        return [];
      })
      .finally(() => {
        loading = false;
      });
    // Keyboard and screen reader users go on at the first new result, not back at the top.
    added[0]?.querySelector('a')?.focus();
  });
  // A search shared as a link, or sent from the search box in the header.
  if (input.value !== '') await run();
}
