// Where a data file's numbers come from, as links: the document passage (exact paragraph when quoted) or the outside page.
import type { DataSource } from '../schemas/data.ts';
import { blocksOfMarkdown, locateQuote } from './quotes.ts';
import type { QuotableDocument } from './timeline.ts';
import { joinBase, routes } from './urls.ts';

export interface SourceLink {
  text: string;
  href?: string;
  external: boolean;
}

export function dataSourceLinks(sources: readonly DataSource[], documents: readonly QuotableDocument[], base: string): SourceLink[] {
  return sources.map((source) => {
    if (source.document !== undefined) {
      const doc = documents.find((d) => d.data.slug === source.document);
      const block = doc && source.quote ? locateQuote(blocksOfMarkdown(doc.body ?? ''), source.quote) : undefined;
      return {
        text: [doc?.data.title ?? source.document, source.passage].filter(Boolean).join(', '),
        href: joinBase(base, routes.document(source.document)) + (block ? `#${block.id}` : ''),
        external: false,
      };
    }
    const text = [source.name, source.published?.iso].filter(Boolean).join(', ');
    return source.url ? { text: text || source.url, href: source.url, external: true } : { text, external: false };
  });
}
