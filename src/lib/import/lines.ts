// Splits raw extracted text into lines; a removed line (furniture, footnote) becomes null so page breaks stay visible.

/** A source line, or null where the import removed a line (page furniture, a footnote definition). */
export type LineSlot = string | null;

/** Lines of the raw text: byte-order mark dropped, CRLF/CR turned into LF, nothing else changed. */
export function splitLines(raw: string): string[] {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
}

/** True for an empty or whitespace-only line (PDF extraction leaves lines of spaces). */
export function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** True where a paragraph may end: a removed line or a blank line. */
export function isGap(slot: LineSlot | undefined): boolean {
  return slot === null || slot === undefined || isBlank(slot);
}
