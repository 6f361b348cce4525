// Reflows hard-wrapped lines into paragraphs: blocks between blank lines, joined across page breaks where the text runs on.
import { joinLines, type HyphenContext } from './dehyphenate.ts';
import { isGap, type LineSlot } from './lines.ts';
import { escapeBlockStart, renderList, startsListItem } from './lists.ts';

/** Below this share of the wrap width, a line ending a sentence ends its paragraph (see {@link splitAtShortLines}). */
export const SHORT_LINE_RATIO = 0.6;
/** Texts whose typical line is longer than this are not hard-wrapped: one line per paragraph. */
const MAX_WRAP_WIDTH = 120;
const SENTENCE_END = /[.:?!][»”’")]*$/;
const ABBREVIATION_END = /(?:^|[\s(])(?:nr|art|blz|p|bijv|jl|c\.s|o\.a)\.$/i;

/**
 * Does the text run on from `lastLine` (end of one block) into `firstLine` (start of the next) across a blank
 * line, page furniture or footnotes? Yes when the first ends in `<letter>-` and the next starts with a letter
 * (`het Minis-` … `terie van`), or the first ends in a letter or comma and the next starts lower-case
 * (`past het op` … `dit moment`).
 */
export function runsOn(lastLine: string, firstLine: string): boolean {
  const left = lastLine.trimEnd();
  const right = firstLine.trimStart();
  if (/\p{L}-$/u.test(left) && /^\p{L}/u.test(right)) return true;
  return /[\p{L},]$/u.test(left) && /^\p{Ll}/u.test(right);
}

/** Above this share of indented lines, indentation is layout, not the mark of a new page. */
const MAX_PAGE_START_SHARE = 0.2;

/**
 * Where an extraction marks the first line of a page by indenting it (` Daderaanpak` after `… structureel`), and
 * only a few lines are indented, an indented line counts as a page break: a new block unless the text runs on.
 */
export function indentMarksPageStart(slots: readonly LineSlot[]): boolean {
  const lines = slots.filter((slot): slot is string => slot !== null && !isGap(slot));
  const indented = lines.filter((line) => /^\s/.test(line)).length;
  return lines.length > 0 && indented / lines.length < MAX_PAGE_START_SHARE;
}

/** Groups lines into blocks separated by blank or removed lines (or page starts), merging blocks where the text runs on. */
export function groupBlocks(slots: readonly LineSlot[]): string[][] {
  const pageStarts = indentMarksPageStart(slots);
  const blocks: string[][] = [];
  let gapBefore = true;
  for (const slot of slots) {
    if (slot === null || isGap(slot)) {
      gapBefore = true;
      continue;
    }
    if (pageStarts && /^\s/.test(slot)) gapBefore = true;
    const current = blocks[blocks.length - 1];
    if (current !== undefined && (!gapBefore || runsOn(current[current.length - 1] ?? '', slot))) current.push(slot);
    else blocks.push([slot]);
    gapBefore = false;
  }
  return blocks;
}

/** The typical line length (90th percentile) of a hard-wrapped text, or null when it is not hard-wrapped. */
export function estimateWrapWidth(lines: readonly string[]): number | null {
  const lengths = lines.map((line) => line.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length === 0) return null;
  const width = lengths[Math.floor(0.9 * (lengths.length - 1))] ?? 0;
  return width > MAX_WRAP_WIDTH ? null : width;
}

/**
 * In a hard-wrapped text, a line that ends a sentence and is much shorter than the wrap width, followed by a line
 * starting with a capital or figure, ends a paragraph even without a blank line (`wordt geacht.` / `Vanuit …`).
 */
export function splitAtShortLines(lines: readonly string[], wrapWidth: number | null): string[][] {
  const groups: string[][] = [[]];
  lines.forEach((line, i) => {
    groups[groups.length - 1]?.push(line);
    const next = lines[i + 1];
    if (wrapWidth === null || next === undefined) return;
    const text = line.trim();
    if (
      SENTENCE_END.test(text) &&
      !ABBREVIATION_END.test(text) &&
      text.length < SHORT_LINE_RATIO * wrapWidth &&
      /^[\p{Lu}\d«"“(]/u.test(next.trim())
    ) {
      groups.push([]);
    }
  });
  return groups.filter((group) => group.length > 0);
}

/** One block as Markdown blocks: a list, or one or more paragraphs. */
export function reflowBlock(block: readonly string[], wrapWidth: number | null, hyphens: HyphenContext): string[] {
  if (startsListItem(block[0] ?? '')) {
    const list = renderList(block, hyphens);
    if (list !== null) return [list];
  }
  return splitAtShortLines(block, wrapWidth).map((group) => escapeBlockStart(joinLines(group, hyphens)));
}
