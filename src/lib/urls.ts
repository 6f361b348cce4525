// URLs under the configured base path and site origin (BASE_PATH, SITE_URL).

/** Normalises a base path to the form `/` or `/uitleg/`. */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Joins a site path such as `/documenten/` or `documenten/x/#p-1` onto the base path. */
export function joinBase(base: string, path: string): string {
  return normaliseBase(base) + path.replace(/^\/+/, '');
}

/** Absolute URL of a site path, for canonical links, feeds and sitemaps. */
export function absoluteUrl(site: string, base: string, path: string): string {
  return new URL(joinBase(base, path), site).href;
}

export const routes = {
  home: () => '/',
  documents: () => '/documenten/',
  document: (slug: string) => `/documenten/${slug}/`,
  glossary: () => '/begrippen/',
  term: (slug: string) => `/begrippen/#${slug}`,
  timeline: () => '/tijdlijn/',
  timelineEntry: (slug: string) => `/tijdlijn/${slug}/`,
  timelineAnchor: (slug: string) => `/tijdlijn/#${slug}`,
  thread: (slug: string) => `/tijdlijn/${slug}/`,
  feed: () => '/tijdlijn.xml',
  search: () => '/zoeken/',
  page: (slug: string) => `/${slug}/`,
  chartCsv: (name: string) => `/data/${name}.csv`,
  ogImage: (kind: 'documenten' | 'tijdlijn' | 'site', slug: string) => `/og/${kind}/${slug}.png`,
} as const;

/** First path segments the engine uses itself; a content page cannot take them as its slug. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['documenten', 'tijdlijn', 'begrippen', 'zoeken', 'data', 'og', 'pagefind', '_astro', 'icons', '404']);
