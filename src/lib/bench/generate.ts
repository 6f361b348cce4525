// Generates a synthetic dossier in the real content format from the real documents: same kind of text, any size.
import { stringify } from 'yaml';
import type { Corpus, CorpusDocument, DocumentData } from './corpus.ts';
import { isPlainParagraph, markdownBlocks, plainSentences } from './markdownBlocks.ts';
import { createRandom, mixSeed, type Random } from './random.ts';
import { nameMapping, varyNames, varyNumbers } from './vary.ts';

export interface GenerateOptions {
  documents: number;
  seed: number;
  /** Added to the site's title and description: share images then differ from any earlier run's, so none comes from the cache. */
  label?: string | undefined;
  /** Glossary terms instead of the proportional number (tests use it to reach synthetic terms with few documents). */
  terms?: number | undefined;
}

export interface GeneratedFile {
  /** Relative to the content root, e.g. `documents/brief-over-x-12.md`. */
  path: string;
  content: string;
}

export interface DossierCounts {
  documents: number;
  timeline: number;
  glossary: number;
}

/** One timeline entry per two documents, one term per twenty documents and at least the real dossier's twelve. */
export function dossierCounts(documents: number): DossierCounts {
  if (!Number.isInteger(documents) || documents < 1) throw new Error(`a dossier needs a whole number of documents, at least 1 (got ${documents})`);
  return { documents, timeline: Math.ceil(documents / 2), glossary: Math.max(12, Math.ceil(documents / 20)) };
}

/** Subjects of the synthetic titles: the themes the real documents discuss. */
const TOPICS = [
  'de opvang van slachtoffers', 'de aanpak van klanten', 'criminele uitbuiting', 'arbeidsuitbuiting', 'seksuele uitbuiting',
  'minderjarige slachtoffers', 'het Actieplan Samen tegen mensenhandel', 'de begroting van Justitie en Veiligheid',
  'online hulp aan slachtoffers', 'de meldingsbereidheid', 'informatiedeling tussen organisaties', 'de regionale samenwerking',
  'zorgcoördinatie mensenhandel', 'het werk van de Nationaal Rapporteur', 'de Arbeidsinspectie', 'het Online Outreach Programma',
  'de landelijke aansturing', 'de modernisering van artikel 273f', 'technologie en mensenhandel', 'de vervolging van daders',
  'de bescherming van minderjarigen', 'het budget voor vervolgacties', 'bewustwording bij professionals', 'de aangifteplicht',
] as const;

const ENTRY_VERBS: Partial<Record<DocumentData['type'], string>> = {
  amendement: 'ingediend',
  motie: 'ingediend',
  brief: 'naar de Kamer',
  stemmingsuitslag: 'bekend',
  'inbreng schriftelijk overleg': 'gesteld',
};

/** Suffixes that make more Dutch compounds once the corpus has no long words left for new terms. */
const TERM_SUFFIXES = ['', 'beleid', 'regeling', 'fonds', 'plan'] as const;

export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  // Cut at a hyphen, never inside a word.
  const cut = slug.slice(0, maxLength);
  return slug[maxLength] === '-' ? cut : cut.replace(/-[^-]*$/, '');
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function frontmatterFile(data: Record<string, unknown>, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body.trim()}\n`;
}

const FIRST_DAY = Date.UTC(2018, 0, 1);
const LAST_DAY = Date.UTC(2026, 2, 31);

interface GeneratedDate {
  /** As written in the file: `2024-02-02`, `2024-02`, `2024` or `unknown`. */
  text: string;
  qualifier?: 'approximately' | undefined;
}

/** A date that exists in the calendar, mostly to the day, as the real documents have them. */
function randomDate(random: Random): GeneratedDate {
  const day = new Date(FIRST_DAY + random.int(0, (LAST_DAY - FIRST_DAY) / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
  const kind = random.next();
  if (kind < 0.02) return { text: 'unknown' };
  if (kind < 0.05) return { text: day.slice(0, 4), qualifier: 'approximately' };
  if (kind < 0.12) return { text: day.slice(0, 7) };
  return { text: day };
}

/** The parliamentary year of a date: it starts in September. */
function vergaderjaar(date: GeneratedDate): string | undefined {
  const match = /^(\d{4})-(\d{2})/.exec(date.text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const start = Number(match[2]) >= 9 ? year : year - 1;
  return `${start}–${start + 1}`;
}

function documentTitle(type: DocumentData['type'], topic: string, name: string): string {
  switch (type) {
    case 'amendement':
      return `Amendement-${name} over ${topic}`;
    case 'motie':
      return `Motie-${name} over ${topic}`;
    case 'brief':
      return `Brief over ${topic}`;
    case 'inbreng schriftelijk overleg':
      return `Vragen van de Kamercommissie over ${topic}`;
    case 'stemmingsuitslag':
      return `Stemmingsuitslag over ${topic}`;
    default:
      return `${capitalise(type)} over ${topic}`;
  }
}

function countWords(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** What a timeline entry needs of a document generated before it. */
interface DocumentSummary {
  slug: string;
  title: string;
  type: DocumentData['type'];
  date: GeneratedDate;
  sentences: string[];
}

function realDocument(doc: CorpusDocument): { file: GeneratedFile; summary: DocumentSummary } {
  const { data } = doc;
  const date: GeneratedDate = { text: data.date.iso ?? 'unknown' };
  const fields = {
    title: data.title,
    slug: data.slug,
    type: data.type,
    ...(data.kamerstuk ? { kamerstuk: data.kamerstuk } : {}),
    date: date.text,
    ...(data.date.qualifier ? { dateQualifier: data.date.qualifier } : {}),
    ...(data.dateNote ? { dateNote: data.dateNote } : {}),
    sender: data.sender,
    ...(data.sourceUrl ? { sourceUrl: data.sourceUrl } : {}),
    summary: data.summary,
    sourceFile: data.sourceFile,
    ...(data.charts.length > 0 ? { charts: data.charts } : {}),
  };
  return {
    file: { path: `documents/${data.slug}.md`, content: frontmatterFile(fields, doc.body) },
    summary: { slug: data.slug, title: data.title, type: data.type, date, sentences: markdownBlocks(doc.body).flatMap((b) => plainSentences(b)) },
  };
}

function syntheticDocument(corpus: Corpus, index: number, seed: number): { file: GeneratedFile; summary: DocumentSummary } {
  const random = createRandom(mixSeed(seed, 'document', index));
  const base = corpus.documents[index % corpus.documents.length]!;
  const names = nameMapping(random);
  const vary = (text: string): string => varyNames(varyNumbers(text, random), names);

  // Rotated, and some paragraphs taken from the other documents, so that no two documents have the same text.
  const offset = random.int(0, base.blocks.length - 1);
  const blocks = [...base.blocks.slice(offset), ...base.blocks.slice(0, offset)].map((block) =>
    isPlainParagraph(block) && random.chance(0.15) ? random.pick(corpus.borrowable) : block,
  );
  const bodyBlocks = [...blocks, ...base.footnotes].map(vary);

  const title = documentTitle(base.data.type, random.pick(TOPICS), random.pick([...names.values()]));
  const slug = `${slugify(title)}-${index + 1}`;
  const date = randomDate(random);
  const variedSummary = vary(base.data.summary);
  const summary = countWords(variedSummary) === countWords(base.data.summary) ? variedSummary : base.data.summary;
  const kamerstuk = base.data.kamerstuk;
  const year = vergaderjaar(date);
  const dossierParts = kamerstuk?.dossier.split(' ') ?? [];
  const sourceUrl = kamerstuk
    ? `https://zoek.officielebekendmakingen.nl/kst-${[dossierParts.filter((p) => /^\d+$/.test(p)).join(''), ...dossierParts.filter((p) => !/^\d+$/.test(p))].join('-')}-${1000 + index}.html`
    : undefined;
  const fields = {
    title,
    slug,
    type: base.data.type,
    ...(kamerstuk ? { kamerstuk: { dossier: kamerstuk.dossier, nummer: 1000 + index, ...(year ? { vergaderjaar: year } : {}) } } : {}),
    date: date.text,
    ...(date.qualifier ? { dateQualifier: date.qualifier } : {}),
    sender: varyNames(base.data.sender, names),
    ...(sourceUrl ? { sourceUrl } : {}),
    summary,
    sourceFile: base.data.sourceFile,
    // About as often as in a large dossier: a chart with one document in ten.
    ...(base.data.charts.length > 0 && random.chance(0.1) ? { charts: base.data.charts } : {}),
  };
  return {
    file: { path: `documents/${slug}.md`, content: frontmatterFile(fields, bodyBlocks.join('\n\n')) },
    summary: { slug, title, type: base.data.type, date, sentences: bodyBlocks.flatMap((b) => plainSentences(b)) },
  };
}

interface EntrySummary {
  slug: string;
}

function timelineEntry(corpus: Corpus, index: number, seed: number, cited: readonly DocumentSummary[]): { file: GeneratedFile; summary: EntrySummary } {
  const random = createRandom(mixSeed(seed, 'timeline', index));
  const [main, other] = cited as [DocumentSummary, DocumentSummary | undefined];
  const quoted = main.sentences.length > 0 ? main : other;
  if (!quoted || quoted.sentences.length === 0) throw new Error(`document ${main.slug} has no sentence that a timeline entry can quote`);

  const sources: { document: string; quote: string }[] = [];
  const wanted = Math.min(quoted.sentences.length, random.int(2, 4));
  const start = random.int(0, quoted.sentences.length - 1);
  for (let k = 0; k < wanted; k += 1) sources.push({ document: quoted.slug, quote: quoted.sentences[(start + k * 7) % quoted.sentences.length]! });
  const uniqueSources = sources.filter((s, k) => sources.findIndex((t) => t.quote === s.quote) === k);
  if (other && other !== quoted && other.sentences.length > 0 && random.chance(0.5)) {
    uniqueSources.push({ document: other.slug, quote: random.pick(other.sentences) });
  }
  const quotedSlugs = new Set(uniqueSources.map((s) => s.document));

  const date = main.date.text !== 'unknown' || !other ? main.date : other.date;
  const title = `${quoted.title} ${ENTRY_VERBS[quoted.type] ?? 'verschenen'}`;
  const slug = `${date.text === 'unknown' ? 'datum-onbekend' : date.text}-${slugify(title, 50)}-${index + 1}`;
  const threads = Object.keys(corpus.site.threads);
  const first = random.pick(threads);
  const second = random.chance(0.5) ? random.pick(threads) : first;
  const names = nameMapping(random);
  const body = varyNames(varyNumbers(corpus.timelineBodies[(index * 7) % corpus.timelineBodies.length] ?? `${title}.`, random), names);
  const fields = {
    title,
    slug,
    date: date.text,
    ...(date.qualifier ? { dateQualifier: date.qualifier } : {}),
    threads: [...new Set([first, second])],
    documents: cited.filter((d): d is DocumentSummary => d !== undefined && !quotedSlugs.has(d.slug)).map((d) => d.slug),
    sources: uniqueSources,
  };
  return { file: { path: `timeline/${slug}.md`, content: frontmatterFile(fields, body) }, summary: { slug } };
}

function glossaryFiles(corpus: Corpus, count: number): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  const slugs = new Set<string>();
  for (const { data, body } of corpus.glossary.slice(0, count)) {
    slugs.add(data.slug);
    files.push({ path: `glossary/${data.slug}.md`, content: frontmatterFile({ term: data.term, slug: data.slug, aliases: data.aliases }, body) });
  }
  for (const suffix of TERM_SUFFIXES) {
    for (const { word, example } of corpus.termCandidates) {
      if (files.length >= count) return files;
      const form = word + suffix;
      const slug = slugify(form);
      if (slugs.has(slug)) continue;
      slugs.add(slug);
      const term = capitalise(form);
      const body = `${term} is een woord uit de stukken van dit dossier. Het staat bijvoorbeeld in deze zin: „${example}”`;
      files.push({ path: `glossary/${slug}.md`, content: frontmatterFile({ term, slug, aliases: [form] }, body) });
    }
  }
  if (files.length < count) throw new Error(`the real documents give only ${files.length} glossary terms; ${count} were asked`);
  return files;
}

function siteFile(corpus: Corpus, documents: number, story: readonly EntrySummary[], label: string | undefined, seed: number): GeneratedFile {
  const random = createRandom(mixSeed(seed, 'site'));
  const suffix = label ? ` (${label})` : '';
  const texts = corpus.site.story.map((step) => step.text);
  const fields = {
    title: `${corpus.site.title}: proefdossier met ${documents} documenten${suffix}`,
    description: `Een gegenereerd proefdossier met ${documents} documenten, gemaakt uit de stukken van „${corpus.site.title}”, om bouwtijd, paginagewicht en zoeken te meten${suffix}.`,
    intro: corpus.site.intro,
    quickExit: corpus.site.quickExit,
    threads: corpus.site.threads,
    story: story.map((entry, k) => ({ entry: entry.slug, text: varyNumbers(texts[k % Math.max(1, texts.length)] ?? 'Een stap in het verhaal.', random) })),
  };
  return { path: 'site.yaml', content: stringify(fields, { lineWidth: 0 }) };
}

/**
 * The files of a synthetic dossier, one at a time (10,000 documents need not be in memory at once): documents, each
 * timeline entry right after the two documents it rests on, then the glossary and site.yaml. The first documents are
 * the real ones, unchanged, so that the real data files, charts and pages that cite them stay valid; data/, charts.yaml,
 * pages/ and sources/ are copied from the real content root by the caller.
 */
export function* generateDossier(corpus: Corpus, options: GenerateOptions): Generator<GeneratedFile> {
  const counts = { ...dossierCounts(options.documents), ...(options.terms === undefined ? {} : { glossary: options.terms }) };
  const storyCount = Math.min(7, counts.timeline);
  const storyIndices = new Set(Array.from({ length: storyCount }, (_, k) => Math.floor(((k + 0.5) * counts.timeline) / storyCount)));
  const story: EntrySummary[] = [];
  let pending: DocumentSummary[] = [];
  for (let i = 0; i < counts.documents; i += 1) {
    const real = corpus.documents[i];
    const { file, summary } = real ? realDocument(real) : syntheticDocument(corpus, i, options.seed);
    yield file;
    pending.push(summary);
    if (pending.length === 2 || i === counts.documents - 1) {
      const index = Math.floor(i / 2);
      const entry = timelineEntry(corpus, index, options.seed, pending);
      yield entry.file;
      if (storyIndices.has(index)) story.push(entry.summary);
      pending = [];
    }
  }
  yield* glossaryFiles(corpus, counts.glossary);
  yield siteFile(corpus, counts.documents, story, options.label, options.seed);
}
