// Page furniture: running footers (`Tweede Kamer, vergaderjaar …, nr. 247 4`), `datum …` and `blad 2` page headers.
import { isBlank, splitLines, type LineSlot } from './lines.ts';
import { DUTCH_DATE_SOURCE } from './dutchDates.ts';

/** `Tweede Kamer, vergaderjaar 2023–2024, 28 638, nr. 247 4`: the footer, with the page number at the end. */
export const RUNNING_FOOTER =
  /^\s*(?:Tweede|Eerste) Kamer, vergaderjaar (\d{4})\s?[–-]\s?(\d{4}), (\d{2} \d{3}(?: [IVXLC]+)?), nr\. (\d+)(?: \d{1,3})?\s*$/;

const FURNITURE: readonly RegExp[] = [
  RUNNING_FOOTER,
  new RegExp(`^\\s*datum\\s+${DUTCH_DATE_SOURCE}\\s*$`, 'i'),
  /^\s*blad\s+\d{1,3}\s*$/i,
];

/** True when the whole line is page furniture; content that merely contains such words is not. */
export function isFurnitureLine(line: string): boolean {
  return FURNITURE.some((pattern) => pattern.test(line));
}

/** Replaces furniture lines, and the blank lines around them, by null (a page break the reflow can join across). */
export function removeFurniture(lines: readonly LineSlot[]): LineSlot[] {
  const furniture = lines.map((line) => line !== null && isFurnitureLine(line));
  const out: LineSlot[] = lines.map((line, i) => (furniture[i] ? null : line));
  const stray = (i: number): boolean => {
    const line = out[i];
    return line === null || (line !== undefined && isBlank(line));
  };
  furniture.forEach((isFurniture, i) => {
    if (!isFurniture) return;
    for (let j = i - 1; j >= 0 && stray(j); j--) out[j] = null;
    for (let j = i + 1; j < out.length && stray(j); j++) out[j] = null;
  });
  return out;
}

/** The text without page furniture; where furniture was, one empty line. */
export function stripFurniture(raw: string): string {
  const kept: string[] = [];
  for (const line of removeFurniture(splitLines(raw))) {
    if (line !== null) kept.push(line);
    else if (kept.length > 0 && kept[kept.length - 1] !== '') kept.push('');
  }
  return kept.join('\n');
}
