// Finds footnote definitions in the running text (`1 Kamerstukken …`, `¹ …`), possibly over several lines, and lifts them out.
import { joinLines, type HyphenContext } from './dehyphenate.ts';
import { isBlank, isGap, type LineSlot } from './lines.ts';
import { plainMarkerPattern, superscriptNumber, superscriptReferences, type Footnote } from './footnoteMarkers.ts';

const PLAIN_DEFINITION = /^(\d{1,3}) +(\S.*)$/;
const SUPERSCRIPT_DEFINITION = /^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\S.*)$/;

/** A line that has the form of a footnote definition: `2 Kamerstukken II …` (at the margin) or `² <https://…>`. */
export function definitionLine(line: string): Footnote | null {
  const sup = SUPERSCRIPT_DEFINITION.exec(line);
  if (sup) return { number: superscriptNumber(sup[1] ?? ''), text: sup[2] ?? '', style: 'superscript' };
  const plain = PLAIN_DEFINITION.exec(line);
  if (plain) return { number: Number(plain[1]), text: plain[2] ?? '', style: 'plain' };
  return null;
}

/** The running text before the definition refers to it: `gestuurd.1` for plain, `¹` or `^{1}` for superscript. */
function isReferenced(runningText: string, candidate: Footnote): boolean {
  if (candidate.style === 'superscript') return superscriptReferences(runningText).has(candidate.number);
  return plainMarkerPattern(candidate.number).test(runningText);
}

/**
 * A line is a footnote definition when it has that form, its number follows the previous footnote's (any number
 * for the first, for an excerpt), the running text before it holds its marker, and (plain style) it starts a
 * block: after a blank or removed line, or right after another definition. It continues on the following lines
 * until a blank line, a line indented like the top of a new page, or the next definition.
 */
export function extractFootnotes(
  slots: readonly LineSlot[],
  hyphens?: HyphenContext,
): { slots: LineSlot[]; footnotes: Footnote[] } {
  const out: LineSlot[] = [...slots];
  const footnotes: Footnote[] = [];
  let last = 0;
  let running = '';
  let i = 0;
  while (i < out.length) {
    const line = out[i];
    if (line === null || line === undefined || isBlank(line)) {
      i++;
      continue;
    }
    const candidate = definitionLine(line);
    const accepted =
      candidate !== null &&
      candidate.number > 0 &&
      (last === 0 ? true : candidate.number === last + 1) &&
      (candidate.style === 'superscript' || isGap(out[i - 1])) &&
      isReferenced(running, candidate);
    if (!accepted || candidate === null) {
      running += `${line}\n`;
      i++;
      continue;
    }
    const parts = [candidate.text];
    out[i] = null;
    let j = i + 1;
    for (; j < out.length; j++) {
      const next = out[j];
      if (next === null || next === undefined || isBlank(next) || /^\s/.test(next)) break;
      if (definitionLine(next)?.number === candidate.number + 1) break;
      parts.push(next);
      out[j] = null;
    }
    footnotes.push({ ...candidate, text: joinLines(parts, hyphens) });
    last = candidate.number;
    i = j;
  }
  return { slots: out, footnotes };
}
