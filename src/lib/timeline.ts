// Route data of the timeline: years, neighbours, related entries by thread, and where each quote links to.
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { TimelineData, TimelineSource } from '../schemas/timeline.ts';
import { dateYear } from './dates.ts';
import { blocksOfMarkdown, locateQuote } from './quotes.ts';
import { joinBase, routes } from './urls.ts';

type Entry = { data: TimelineData };

/** A timeline entry with its rendered text, as the pages show it. */
export interface TimelineItem extends Entry {
  Content: AstroComponentFactory;
}

export interface YearGroup<T> {
  /** `2023`, or `Datum onbekend`. */
  label: string;
  entries: T[];
}

/** Groups entries (already in date order) by year; undated entries last. */
export function groupByYear<T extends Entry>(sorted: readonly T[]): YearGroup<T>[] {
  const groups: YearGroup<T>[] = [];
  for (const entry of sorted) {
    const year = dateYear(entry.data.date);
    const label = year === null ? 'Datum onbekend' : String(year);
    const last = groups.at(-1);
    if (last?.label === label) last.entries.push(entry);
    else groups.push({ label, entries: [entry] });
  }
  return groups;
}

export function neighbours<T extends Entry>(sorted: readonly T[], slug: string): { previous?: T; next?: T } {
  const index = sorted.findIndex((e) => e.data.slug === slug);
  const previous = index > 0 ? sorted[index - 1] : undefined;
  const next = index >= 0 ? sorted[index + 1] : undefined;
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** The other entries that share at least one thread with `entry`, in date order. */
export function sameThreads<T extends Entry>(sorted: readonly T[], entry: Entry): T[] {
  const threads = new Set(entry.data.threads);
  return sorted.filter((e) => e.data.slug !== entry.data.slug && e.data.threads.some((t) => threads.has(t)));
}

export interface SourceView {
  quote: string;
  /** The exact passage: `/documenten/<slug>/#<block-id>`, or the outside URL. */
  href: string;
  /** What the link says: the document's title, or the outside URL's host. */
  label: string;
  external: boolean;
}

export interface QuotableDocument {
  data: { slug: string; title: string };
  body?: string | undefined;
}

/** Resolves every source of an entry to the passage it quotes (the content check has made sure each quote is there). */
export function sourceViews(sources: readonly TimelineSource[], documents: readonly QuotableDocument[], base: string): SourceView[] {
  return sources.map((source) => {
    if (source.url !== undefined) {
      return { quote: source.quote, href: source.url, label: new URL(source.url).host, external: true };
    }
    const doc = documents.find((d) => d.data.slug === source.document);
    if (!doc) throw new Error(`timeline source names unknown document "${source.document}"`);
    const block = locateQuote(blocksOfMarkdown(doc.body ?? ''), source.quote);
    if (!block) throw new Error(`quote not found in document "${source.document}": ${source.quote}`);
    return {
      quote: source.quote,
      href: `${joinBase(base, routes.document(doc.data.slug))}#${block.id}`,
      label: doc.data.title,
      external: false,
    };
  });
}
