// Verbatim quotes: compare after normalising whitespace and typographic quotes, and find the block that holds a quote.
import type { Root } from 'mdast';
import { identifyBlocks, type IdentifiedBlock } from './blockIds.ts';
import { parseContentBody } from './markdownSafety.ts';
import { processShared } from './processShared.ts';

const SINGLE_QUOTES = /[‘’‚‛′`]/g;
const DOUBLE_QUOTES = /[“”„‟″«»]/g;

/** The form in which a quote and a text are compared: typographic quotes made plain, white space collapsed. */
export function normaliseForQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00AD/g, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A block's id and text, without its syntax tree. */
export type QuoteBlock = Omit<IdentifiedBlock, 'node'>;

/**
 * The blocks (headings, paragraphs, list items, table rows) of a Markdown body, with the ids its page gives them.
 * Cached by text: every timeline page and chart source asks again for the blocks of the same documents.
 * `parsed`: the body's tree when the caller has already parsed it, so that it is not parsed twice.
 */
export function blocksOfMarkdown(markdown: string, parsed?: Root): QuoteBlock[] {
  // Shared by the process: the content check fills it, and the pages Astro bundles read it instead of parsing again.
  const cache = processShared('blocks', () => new Map<string, QuoteBlock[]>());
  let blocks = cache.get(markdown);
  if (!blocks) {
    const tree = parsed ?? parseContentBody(markdown, 'md');
    blocks = identifyBlocks(tree).map(({ id, kind, text }) => ({ id, kind, text }));
    cache.set(markdown, blocks);
  }
  return blocks;
}

/**
 * The innermost block whose text contains the quote, or undefined when the quote is not in the text.
 * A quote spanning two blocks is not found: a quote must be linkable to one passage.
 */
export function locateQuote(blocks: readonly QuoteBlock[], quote: string): QuoteBlock | undefined {
  const wanted = normaliseForQuote(quote);
  if (!wanted) return undefined;
  // A list item contains its nested items: of several matches the shortest text is the innermost, the first on a tie.
  let best: QuoteBlock | undefined;
  for (const block of blocks) {
    if (normaliseForQuote(block.text).includes(wanted) && (!best || block.text.length < best.text.length)) best = block;
  }
  return best;
}

/** True when the quote occurs anywhere in the text (for sources that are not split into blocks). */
export function textContainsQuote(text: string, quote: string): boolean {
  const wanted = normaliseForQuote(quote);
  return wanted.length > 0 && normaliseForQuote(text).includes(wanted);
}
