// Weighs every page of a built dossier, groups them by type, and checks a sample of them for text readable without JS.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteSchema, type SiteData } from '../../schemas/site.ts';
import { parseSourceFile, parseYamlStrict } from '../frontmatter.ts';
import { builtPages } from '../publishedUrls.ts';
import { markdownTexts, missingTexts } from './noJs.ts';
import { pageFile, siteWeigher, type PageWeight } from './pageWeight.ts';
import type { PageType, PageTypeWeight, SizeResult } from './report.ts';

/** Pages of each type whose text is checked, spread over the dossier (and the heaviest page of the type). */
const NO_JS_SAMPLE = 20;

export function pageType(path: string, threads: ReadonlySet<string>): PageType | undefined {
  if (path === '/') return 'home';
  if (path === '/begroting/') return 'begroting';
  if (/^\/documenten\/[^/]+\/$/.test(path)) return 'document';
  const entry = /^\/tijdlijn\/([^/]+)\/$/.exec(path);
  return entry && !threads.has(entry[1]!) ? 'entry' : undefined;
}

function summarise(weights: PageWeight[]): PageTypeWeight | null {
  if (weights.length === 0) return null;
  const sorted = [...weights].sort((a, b) => a.totalGzip - b.totalGzip);
  return { pages: sorted.length, median: sorted[Math.floor((sorted.length - 1) / 2)]!, max: sorted[sorted.length - 1]! };
}

/** site.yaml of a content root that the build has checked already. */
function readSite(contentDir: string): SiteData {
  const file = join(contentDir, 'site.yaml');
  return siteSchema.parse(parseYamlStrict(readFileSync(file, 'utf8'), file));
}

function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, k) => items[Math.floor((k * items.length) / count)]!);
}

/** The texts the page of a content file must show: title, summary or quotes, and every block of its body. */
function expectedTexts(contentDir: string, type: PageType, path: string): string[] | undefined {
  const slug = path.split('/').filter(Boolean).pop() ?? '';
  const file =
    type === 'document' ? join(contentDir, 'documents', `${slug}.md`) : type === 'entry' ? join(contentDir, 'timeline', `${slug}.md`) : join(contentDir, 'pages', `${slug}.md`);
  if (type === 'home') {
    const site = readSite(contentDir);
    return [site.title, site.intro, ...site.story.map((step) => step.text)];
  }
  if (!existsSync(file)) return undefined;
  const { data, body } = parseSourceFile(readFileSync(file, 'utf8'), file);
  const sources: unknown[] = Array.isArray(data.sources) ? data.sources : [];
  const quotes = sources.map((source) => (typeof source === 'object' && source !== null && 'quote' in source ? source.quote : undefined));
  const fields = [data.title, data.summary, ...quotes];
  return [...fields.filter((v): v is string => typeof v === 'string'), ...markdownTexts(body)];
}

export type SiteMeasures = Pick<SizeResult, 'htmlPages' | 'pages' | 'largestPage' | 'maxJs' | 'noJs'>;

export function measureSite(outDir: string, contentDir: string): SiteMeasures {
  const threads = new Set(Object.keys(readSite(contentDir).threads));
  const weigh = siteWeigher(outDir);
  const paths = builtPages(outDir);
  const byType: Record<PageType, PageWeight[]> = { document: [], entry: [], home: [], begroting: [] };
  let largestPage: PageWeight | null = null;
  let maxJs: SiteMeasures['maxJs'] = null;
  for (const path of paths) {
    const weight = weigh(path);
    const type = pageType(path, threads);
    if (type) byType[type].push(weight);
    if (!largestPage || weight.htmlGzip > largestPage.htmlGzip) largestPage = weight;
    if (path !== '/zoeken/' && (!maxJs || weight.jsGzip > maxJs.jsGzip)) maxJs = { path, jsGzip: weight.jsGzip };
  }
  const pages = {
    document: summarise(byType.document),
    entry: summarise(byType.entry),
    home: summarise(byType.home),
    begroting: summarise(byType.begroting),
  };

  const failing: SiteMeasures['noJs']['failing'] = [];
  let checked = 0;
  for (const type of Object.keys(byType) as PageType[]) {
    const heaviest = pages[type]?.max.path;
    const sample = new Set([...spread(byType[type].map((w) => w.path), NO_JS_SAMPLE), ...(heaviest ? [heaviest] : [])]);
    for (const path of sample) {
      const expected = expectedTexts(contentDir, type, path);
      if (!expected) continue;
      checked += 1;
      const missing = missingTexts(readFileSync(pageFile(outDir, path), 'utf8'), expected);
      if (missing.length > 0) failing.push({ path, missing: missing.slice(0, 3) });
    }
  }
  return { htmlPages: paths.length, pages, largestPage, maxJs, noJs: { checked, failing } };
}
