// Reads and checks a whole content root before Astro builds it, collecting every editor mistake with its file and field.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { chartsFileSchema, type ChartsFile } from '../schemas/charts.ts';
import type { Dataset } from '../schemas/data.ts';
import { siteSchema, type SiteData } from '../schemas/site.ts';
import { loadDataDir } from './budget/dataDir.ts';
import { ContentError, ContentErrors, issuesToErrors } from './contentErrors.ts';
import { displayPath } from './contentRoot.ts';
import { parseSourceFile, parseYamlStrict } from './frontmatter.ts';
import { glossaryForms } from './glossary.ts';
import { kamerstukKey } from './kamerstuk.ts';
import { findUnsafeContent, parseContentBody } from './markdownSafety.ts';
import { blocksOfMarkdown } from './quotes.ts';
import { parseRegistry, redirectsSchema } from './publishedUrls.ts';
import { RESERVED_SLUGS } from './urls.ts';
import { checkTimeline } from './timelineChecks.ts';
import { checkCharts } from './chartChecks.ts';

export interface Entry<T> {
  /** Path as shown in messages, e.g. `content/documents/brief.md`. */
  file: string;
  data: T;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
}

export type CollectionData<N extends CollectionName> = z.output<(typeof COLLECTIONS)[N]['schema']>;

export interface Dossier {
  root: string;
  site: SiteData;
  documents: Entry<CollectionData<'documents'>>[];
  glossary: Entry<CollectionData<'glossary'>>[];
  timeline: Entry<CollectionData<'timeline'>>[];
  pages: Entry<CollectionData<'pages'>>[];
  /** Site paths that have been published and must keep working (published-urls.txt). */
  published: string[];
  /** Old path -> new path (redirects.yaml). */
  redirects: Record<string, string>;
  /** Data files by name (data/<name>.yaml), checked against their stated totals. */
  datasets: Map<string, Dataset>;
  /** charts.yaml: the charts that documents, timeline entries and pages show. */
  charts: ChartsFile | undefined;
}

function listFiles(dir: string, extensions: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => extensions.includes(extname(name)))
    .sort()
    .map((name) => join(dir, name));
}

/** Runs `read`, turning a ContentError it throws into an entry of `errors`. */
function collecting<T>(errors: ContentError[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof ContentError) errors.push(error);
    else throw error;
    return undefined;
  }
}

/** Runs `read`, turning the ContentErrors it throws into entries of `errors`. */
function collectingAll<T>(errors: ContentError[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof ContentErrors) errors.push(...error.errors);
    else throw error;
    return undefined;
  }
}

/** Parses data against a schema, or reports its issues as errors of `file`. */
function validate<S extends z.ZodType>(file: string, schema: S, raw: unknown, errors: ContentError[]): z.output<S> | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  errors.push(...issuesToErrors(file, result.error.issues, raw));
  return undefined;
}

function loadCollection<N extends CollectionName>(root: string, name: N, errors: ContentError[]): Entry<CollectionData<N>>[] {
  const spec = COLLECTIONS[name];
  return listFiles(join(root, spec.dir), spec.extensions).flatMap((path) => {
    const file = displayPath(path);
    const source = collecting(errors, () => parseSourceFile(readFileSync(path, 'utf8'), file));
    const data = source && validate(file, spec.schema, source.data, errors);
    if (!source) return [];
    const format = extname(path) === '.mdx' ? 'mdx' : 'md';
    const tree = parseContentBody(source.body, format);
    for (const { line, problem } of findUnsafeContent(tree)) {
      errors.push(new ContentError(file, 'body', `line ${line + source.bodyLine - 1}: ${problem}`));
    }
    // The quote checks and the timeline pages need a document's blocks: index them from this one parse.
    if (name === 'documents' && format === 'md') blocksOfMarkdown(source.body, tree);
    return data ? [{ file, data: data as CollectionData<N>, body: source.body, bodyLine: source.bodyLine }] : [];
  });
}

/** Reads an optional YAML file of the content root strictly and validates it. */
function loadYaml<S extends z.ZodType>(root: string, name: string, schema: S, errors: ContentError[]): z.output<S> | undefined {
  const path = join(root, name);
  if (!existsSync(path)) return undefined;
  const file = displayPath(path);
  const raw = collecting(errors, () => parseYamlStrict(readFileSync(path, 'utf8'), file));
  return raw === undefined ? undefined : validate(file, schema, raw, errors);
}

/** Reports a second entry with the same value of `key` (a slug, a citation) as an error on the later file. */
function checkUnique<T>(entries: Entry<T>[], field: string, key: (data: T) => string | undefined, errors: ContentError[]): void {
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const value = key(entry.data);
    if (value === undefined) continue;
    const first = seen.get(value);
    if (first) errors.push(new ContentError(entry.file, field, `"${value}" is already used by ${first}; choose another`));
    else seen.set(value, entry.file);
  }
}

function loadSite(root: string, errors: ContentError[]): SiteData | undefined {
  if (!existsSync(join(root, 'site.yaml'))) {
    errors.push(
      new ContentError(displayPath(join(root, 'site.yaml')), undefined, 'is missing; every content root needs a site.yaml with title, description and intro'),
    );
    return undefined;
  }
  return loadYaml(root, 'site.yaml', siteSchema, errors);
}

function readFacts(root: string, site: SiteData, errors: ContentError[]): { file: string; text: string } | undefined {
  if (!site.factsFile) return undefined;
  const path = join(root, site.factsFile);
  if (!existsSync(path)) {
    errors.push(new ContentError(displayPath(join(root, 'site.yaml')), 'factsFile', `"${site.factsFile}" does not exist under the content root`));
    return undefined;
  }
  return { file: displayPath(path), text: readFileSync(path, 'utf8') };
}

/** Loads and checks the dossier at `root`; throws ContentErrors listing every mistake found. */
export function loadDossier(rootDir: string): Dossier {
  const root = resolve(rootDir);
  const errors: ContentError[] = [];
  if (!existsSync(root)) {
    throw new ContentErrors([new ContentError(displayPath(root), undefined, 'the content folder does not exist; check CONTENT_DIR')]);
  }
  const site = loadSite(root, errors);
  const documents = loadCollection(root, 'documents', errors);
  const glossary = loadCollection(root, 'glossary', errors);
  const timeline = loadCollection(root, 'timeline', errors);
  const pages = loadCollection(root, 'pages', errors);

  checkUnique(documents, 'slug', (d) => d.slug, errors);
  checkUnique(documents, 'kamerstuk', (d) => (d.kamerstuk?.nummer === undefined ? undefined : kamerstukKey({ dossier: d.kamerstuk.dossier, nummer: d.kamerstuk.nummer })), errors);
  checkUnique(glossary, 'slug', (d) => d.slug, errors);
  checkUnique(timeline, 'slug', (d) => d.slug, errors);
  checkUnique(pages, 'slug', (d) => d.slug, errors);
  for (const page of pages) {
    if (RESERVED_SLUGS.has(page.data.slug)) errors.push(new ContentError(page.file, 'slug', `"${page.data.slug}" is a path the site uses itself; choose another`));
  }
  checkUnique(
    glossary.flatMap((entry) => glossaryForms(entry.data).map((form) => ({ ...entry, data: form }))),
    'aliases',
    (form) => form,
    errors,
  );
  for (const doc of documents) {
    if (!existsSync(join(root, doc.data.sourceFile))) {
      errors.push(new ContentError(doc.file, 'sourceFile', `"${doc.data.sourceFile}" does not exist under the content root`));
    }
  }

  if (site) {
    errors.push(
      ...checkTimeline({ site, siteFile: displayPath(join(root, 'site.yaml')), documents, timeline, facts: readFacts(root, site, errors) }),
    );
  }

  const published = existsSync(join(root, 'published-urls.txt')) ? parseRegistry(readFileSync(join(root, 'published-urls.txt'), 'utf8')) : [];
  const redirects = loadYaml(root, 'redirects.yaml', redirectsSchema, errors) ?? {};
  const datasets = collectingAll(errors, () => loadDataDir(join(root, 'data')).datasets) ?? new Map<string, Dataset>();
  const charts = loadYaml(root, 'charts.yaml', chartsFileSchema, errors);
  const dataFiles = listFiles(join(root, 'data'), ['.yaml']).map((path) => basename(path, '.yaml'));
  errors.push(...checkCharts({ chartsFile: displayPath(join(root, 'charts.yaml')), charts, datasets, dataFiles, users: [...documents, ...timeline, ...pages] }));

  if (errors.length > 0 || !site) throw new ContentErrors(errors);
  return { root, site, documents, glossary, timeline, pages, published, redirects, datasets, charts };
}
