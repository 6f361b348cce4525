// Bulleted and numbered lists (`- item`, `• item`, `1. item`) stay Markdown lists; other block starts are escaped.
import { joinLines, type HyphenContext } from './dehyphenate.ts';

const LIST_ITEM = /^\s*(?:([-•–])|(\d{1,2}[.)]))\s+(\S.*)$/u;
/** A list item that is only figures is a flattened table row (`- 0,4 0,2 0`), not a list. */
const FIGURES_ONLY = /^[\d\s,.\-–]+$/;

/** True when the line opens a list item: `- …`, `• …`, `– …`, `1. …`, `1) …` with text after the marker. */
export function startsListItem(line: string): boolean {
  return LIST_ITEM.test(line);
}

/** Escapes a paragraph start that Markdown would read as a heading, quote, list or rule. */
export function escapeBlockStart(text: string): string {
  if (/^(?:#|>|[-+*](?:\s|$)|=+\s*$|\d{1,9}[.)](?:\s|$))/.test(text)) {
    return text.replace(/^(\d*)([#>+*=.)-])/, '$1\\$2');
  }
  return text;
}

/**
 * Renders a block whose first line opens a list item: every line that opens an item starts a new one, the other
 * lines continue the item before. Returns null when the block is a flattened table row instead.
 */
export function renderList(lines: readonly string[], hyphens: HyphenContext): string | null {
  const items: { marker: string; lines: string[] }[] = [];
  for (const line of lines) {
    const m = LIST_ITEM.exec(line);
    const current = items[items.length - 1];
    if (m) items.push({ marker: m[2] ?? '-', lines: [m[3] ?? ''] });
    else if (current) current.lines.push(line);
  }
  const rendered = items.map((item) => ({ marker: item.marker, text: joinLines(item.lines, hyphens) }));
  if (rendered.length === 1 && rendered[0]?.marker === '-' && FIGURES_ONLY.test(rendered[0].text)) return null;
  return rendered.map((item) => `${item.marker} ${item.text}`).join('\n');
}
