// Checks that tie timeline entries to the rest of the dossier: known threads and documents, and quotes that are really there.
import type { DocumentData } from '../schemas/document.ts';
import type { SiteData } from '../schemas/site.ts';
import type { TimelineData } from '../schemas/timeline.ts';
import { ContentError } from './contentErrors.ts';
import { blocksOfMarkdown, locateQuote, textContainsQuote, type QuoteBlock } from './quotes.ts';

interface Entry<T> {
  file: string;
  data: T;
  body: string;
}

export interface TimelineCheckInput {
  site: SiteData;
  /** Display path of site.yaml, for errors in its story. */
  siteFile: string;
  documents: Entry<DocumentData>[];
  timeline: Entry<TimelineData>[];
  /** Text of the facts file, when site.yaml names one. */
  facts?: { file: string; text: string } | undefined;
}

function shorten(quote: string): string {
  return quote.length > 80 ? `${quote.slice(0, 77)}…` : quote;
}

export function checkTimeline({ site, siteFile, documents, timeline, facts }: TimelineCheckInput): ContentError[] {
  const errors: ContentError[] = [];
  // Several files with one slug are an error of their own (checkUnique): a quote found in any of them counts here.
  const blocksByDocument = new Map<string, QuoteBlock[][]>();
  for (const doc of documents) {
    const list = blocksByDocument.get(doc.data.slug) ?? [];
    list.push(blocksOfMarkdown(doc.body));
    blocksByDocument.set(doc.data.slug, list);
  }
  const blocksOf = (slug: string) => blocksByDocument.get(slug);

  for (const { file, data } of timeline) {
    data.threads.forEach((thread, i) => {
      if (!(thread in site.threads)) {
        errors.push(new ContentError(file, `threads.${i}`, `"${thread}" is not a thread in site.yaml; use one of: ${Object.keys(site.threads).join(', ')}`));
      }
    });
    data.documents.forEach((slug, i) => {
      if (!blocksOf(slug)) errors.push(new ContentError(file, `documents.${i}`, `there is no document with slug "${slug}"`));
    });
    data.sources.forEach((source, i) => {
      if (source.document !== undefined) {
        const blocks = blocksOf(source.document);
        if (!blocks) {
          errors.push(new ContentError(file, `sources.${i}.document`, `there is no document with slug "${source.document}"`));
        } else if (!blocks.some((b) => locateQuote(b, source.quote))) {
          errors.push(
            new ContentError(file, `sources.${i}.quote`, `"${shorten(source.quote)}" is not in document "${source.document}"; copy the words exactly from one paragraph`),
          );
        }
      } else if (source.url !== undefined) {
        if (!facts) {
          errors.push(new ContentError(file, `sources.${i}.url`, 'an outside source needs a facts file; set factsFile in site.yaml'));
        } else if (!facts.text.includes(source.url)) {
          errors.push(new ContentError(file, `sources.${i}.url`, `${source.url} is not a source listed in ${facts.file}`));
        } else if (!textContainsQuote(facts.text, source.quote)) {
          errors.push(new ContentError(file, `sources.${i}.quote`, `"${shorten(source.quote)}" is not in ${facts.file}; copy the words exactly`));
        }
      }
    });
  }

  const slugs = new Set(timeline.map((t) => t.data.slug));
  // Thread pages and entry pages share /tijdlijn/<slug>/.
  for (const thread of Object.keys(site.threads)) {
    if (slugs.has(thread)) errors.push(new ContentError(siteFile, `threads.${thread}`, `"${thread}" is also the slug of a timeline entry; give the thread another name`));
  }
  site.story.forEach((step, i) => {
    if (!slugs.has(step.entry)) errors.push(new ContentError(siteFile, `story.${i}.entry`, `there is no timeline entry with slug "${step.entry}"`));
  });
  return errors;
}
