// Numbered section headings (`1. Voorstellen samenwerkingspartners`) recognised only where that is reliable.
import { joinLines, type HyphenContext } from './dehyphenate.ts';

const NUMBERED_HEADING = /^(\d{1,2})\.\s+\p{Lu}/u;
const NUMBERED_ITEM = /^\s*\d{1,2}[.)]\s+\S/;
const MAX_HEADING_LINES = 2;
const MAX_HEADING_LENGTH = 100;

/** The heading text of a block that looks like one: at most two lines, short, no final full stop or figure. */
export function headingCandidate(block: readonly string[], hyphens: HyphenContext): { number: number; text: string } | null {
  if (block.length === 0 || block.length > MAX_HEADING_LINES) return null;
  const text = joinLines(block, hyphens);
  const m = NUMBERED_HEADING.exec(text);
  if (!m || text.length > MAX_HEADING_LENGTH || !/\p{L}$/u.test(text)) return null;
  return { number: Number(m[1]), text };
}

/**
 * Indexes of the blocks that are numbered section headings. A block (already a whole paragraph: blank or page
 * break before and after) counts when it is a heading candidate, its number is the next in the sequence 1, 2, 3 …,
 * and the block after it is not a numbered item (then it is the first item of a list).
 */
export function findHeadings(blocks: readonly (readonly string[])[], hyphens: HyphenContext): Set<number> {
  const headings = new Set<number>();
  let expected = 1;
  blocks.forEach((block, index) => {
    const candidate = headingCandidate(block, hyphens);
    if (candidate === null || candidate.number !== expected) return;
    const next = blocks[index + 1]?.[0];
    if (next !== undefined && NUMBERED_ITEM.test(next)) return;
    headings.add(index);
    expected++;
  });
  return headings;
}
