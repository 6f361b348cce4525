// Checks that a page can be read without JavaScript: the text of its source is in the HTML's <main>, and not hidden.
import * as cheerio from 'cheerio';
import { blocksOfMarkdown, normaliseForQuote } from '../quotes.ts';

/** Compared without any white space: inline markup and table cells put spaces in other places than the source has them. */
function squeeze(text: string): string {
  return normaliseForQuote(text).replace(/\s+/g, '');
}

/** The text of `<main>` that shows without scripts: no script, style, template or hidden element, no footnote numbers. */
export function visibleMainText(html: string): string {
  const $ = cheerio.load(html);
  const main = $('main').first();
  main.find('script, style, template, [hidden], [data-footnote-ref]').remove();
  return squeeze(main.text());
}

/** The texts a page made from this Markdown must show: every heading, paragraph, list item and table row. */
export function markdownTexts(markdown: string): string[] {
  return blocksOfMarkdown(markdown)
    .map((block) => block.text.replace(/<[^>]+>/g, ''))
    .filter((text) => squeeze(text).length > 0);
}

/** The expected texts that are not in the page's visible main text (each shortened for a report). */
export function missingTexts(html: string, expected: readonly string[]): string[] {
  const page = visibleMainText(html);
  return expected.filter((text) => !page.includes(squeeze(text))).map((text) => (text.length > 80 ? `${text.slice(0, 77)}…` : text));
}
