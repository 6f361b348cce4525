// The import pipeline: raw PDF-extracted text to a Markdown draft (frontmatter skeleton, reflowed body, footnotes).
import { collectHyphenatedPairs, joinLines, type HyphenContext } from './dehyphenate.ts';
import { draftFrontmatter } from './draftFrontmatter.ts';
import { findStatedDate } from './dutchDates.ts';
import { extractFootnotes } from './footnoteDefinitions.ts';
import { convertFootnoteMarkers, type Footnote } from './footnoteMarkers.ts';
import { removeFurniture } from './furniture.ts';
import { findHeadings } from './headings.ts';
import { findStatedKamerstuk } from './kamerstukMeta.ts';
import { splitLines, type LineSlot } from './lines.ts';
import { estimateWrapWidth, groupBlocks, reflowBlock } from './reflow.ts';

export interface ImportOptions {
  /** The raw file as the frontmatter names it: relative to the content root, e.g. `sources/002_….txt`. */
  sourceFile: string;
}

export interface ImportResult {
  markdown: string;
  /** Things an editor should check, e.g. a footnote whose marker was not found in the text. */
  warnings: string[];
}

/** The body without footnote definitions: headings, lists and paragraphs separated by blank lines. */
export function renderBody(slots: readonly LineSlot[], hyphens: HyphenContext): string {
  const blocks = groupBlocks(slots);
  const wrapWidth = estimateWrapWidth(blocks.flat());
  const headings = findHeadings(blocks, hyphens);
  return blocks
    .flatMap((block, index) => (headings.has(index) ? [`## ${joinLines(block, hyphens)}`] : reflowBlock(block, wrapWidth, hyphens)))
    .join('\n\n');
}

/** `[^1]: …` lines, in number order. */
export function renderFootnoteDefinitions(footnotes: readonly Footnote[]): string {
  return [...footnotes].sort((a, b) => a.number - b.number).map((f) => `[^${f.number}]: ${f.text}`).join('\n');
}

/** The whole draft plus warnings for the editor. */
export function importRawTextWithReport(raw: string, options: ImportOptions): ImportResult {
  const lines = splitLines(raw);
  const hyphens: HyphenContext = { hyphenatedPairs: collectHyphenatedPairs(lines) };
  const kamerstuk = findStatedKamerstuk(lines);
  const date = findStatedDate(lines);
  const { slots, footnotes } = extractFootnotes(removeFurniture(lines), hyphens);
  const { text, unreferenced } = convertFootnoteMarkers(renderBody(slots, hyphens), footnotes);
  const warnings = unreferenced.map((n) => `footnote ${n}: no marker found in the text; place [^${n}] by hand`);
  if (date !== null && date.iso === null) warnings.push(`the date "${date.stated}" is not in the calendar; date left unknown`);
  const definitions = renderFootnoteDefinitions(footnotes);
  const body = [text, definitions].filter((part) => part !== '').join('\n\n');
  return { markdown: `${draftFrontmatter({ kamerstuk, date, sourceFile: options.sourceFile })}\n${body}\n`, warnings };
}

/** Raw PDF-extracted text to the Markdown draft of a document. */
export function importRawText(raw: string, options: { sourceFile: string }): string {
  return importRawTextWithReport(raw, options).markdown;
}
