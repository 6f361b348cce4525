// Splits a Markdown body into its blocks and finds the sentences that read the same in the source as on the page.

/** Blocks separated by blank lines; an indented block stays with the block before it (a footnote's or list item's continuation). */
export function markdownBlocks(body: string): string[] {
  const blocks: string[] = [];
  for (const raw of body.replace(/\r\n/g, '\n').split(/\n[ \t]*\n/)) {
    if (raw.trim() === '') continue;
    if (/^[ \t]/.test(raw) && blocks.length > 0) blocks[blocks.length - 1] += `\n\n${raw}`;
    else blocks.push(raw.replace(/^\n+|\n+$/g, ''));
  }
  return blocks;
}

export function isFootnoteDefinition(block: string): boolean {
  return /^\[\^[^\]]+\]:/.test(block);
}

/** A paragraph of running text: not a heading, list, table, quote, footnote, code or HTML block. */
export function isPlainParagraph(block: string): boolean {
  return !/^(#|\||[-*+] |\d+[.)] |>|\[\^|<|```|~~~|    |\t)/.test(block) && !/\n(=+|-+)\s*$/.test(block);
}

/** Characters that Markdown may turn into something else on the page, or that YAML and HTML treat specially. */
const SYNTAX = /[[\]*_`<>\\|&~#{}$^]|https?:|www\./;

/**
 * The sentences of a plain paragraph that contain no Markdown syntax, with line breaks made spaces: such a sentence is
 * word for word in the page text, so it can be quoted, and in the source, so the content check finds it.
 */
export function plainSentences(paragraph: string, minWords = 6, maxWords = 45): string[] {
  if (!isPlainParagraph(paragraph)) return [];
  return paragraph
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z“‘„"'(])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => {
      const words = sentence.split(' ').length;
      return words >= minWords && words <= maxWords && !SYNTAX.test(sentence);
    });
}
