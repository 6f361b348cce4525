// Unit chart: every amount drawn as squares of one fixed amount each, so small and very large amounts compare honestly.
//
// Why not a log scale: on a log axis bar length is not proportional to the amount, and most readers
// read length as size: € 350.000 would look like a third of € 98,8 mln instead of 0,35 %. Squares
// of a fixed amount keep area proportional, can be counted, and a small amount stays visible as a few
// squares. A part of a square is drawn as a narrower square. Amounts too large to draw in full
// (more than `maxUnits` squares) are cut off with a visible break and a text saying so.
import type { CsvTable } from '../lib/budget/csv.ts';
import { formatEuro } from '../lib/money.ts';
import { assertDrawable, DEFAULT_WIDTH, emptyChart, escapeXml, FONT_SIZE, num, rectEl, SMALL_FONT_SIZE, svgDocument, textEl, wrapText, type ChartText } from './svg.ts';

export interface UnitItem {
  label: string;
  value: number;
  note?: string;
  /** Colour class index; default 0. */
  series?: number;
}

export interface UnitChartOptions extends ChartText {
  /** The amount one square stands for, e.g. 100000. */
  unit: number;
  /** Squares per row; default 50. */
  columns?: number;
  /** Above this many squares an amount is cut off with a labelled break; default 1500. */
  maxUnits?: number;
  format?: (value: number) => string;
}

export const UNIT_LAYOUT = { left: 8, right: 8, top: 8, lineHeight: 15, noteHeight: 13, gap: 14, squareGap: 1 };

/** How an amount splits into squares: full rows, a last partial row, and the fraction of one more square. */
export function unitSplit(value: number, unit: number, columns: number, maxUnits: number) {
  const units = value / unit;
  const cut = units > maxUnits;
  const drawn = cut ? maxUnits : units;
  const whole = Math.floor(drawn + 1e-9);
  return { units, cut, fullRows: Math.floor(whole / columns), rest: whole % columns, part: cut ? 0 : drawn - whole };
}

export function unitCell(width: number, columns: number): number {
  return (width - UNIT_LAYOUT.left - UNIT_LAYOUT.right) / columns;
}

export function unitChart(items: readonly UnitItem[], options: UnitChartOptions): string {
  for (const item of items) assertDrawable(item.value, item.label);
  if (!(options.unit > 0) || !Number.isFinite(options.unit)) throw new Error(`unit must be a positive amount, got ${options.unit}`);
  if (items.length === 0) return emptyChart(options, 'unit-chart');
  const L = UNIT_LAYOUT;
  const width = options.width ?? DEFAULT_WIDTH;
  const columns = options.columns ?? 50;
  const maxUnits = options.maxUnits ?? 1500;
  const format = options.format ?? ((v: number) => formatEuro(v));
  const cell = unitCell(width, columns);
  const square = cell - L.squareGap;
  const maxChars = Math.floor((width - L.left - L.right) / (FONT_SIZE * 0.6));
  const defs: string[] = [];
  const parts: string[] = [];
  const seriesUsed = new Set(items.map((i) => i.series ?? 0));
  for (const s of seriesUsed) {
    defs.push(
      `<pattern id="${options.id}-units-${s}" patternUnits="userSpaceOnUse" width="${num(cell)}" height="${num(cell)}">` +
        `<rect class="unit series-${s}" width="${num(square)}" height="${num(square)}"/></pattern>`,
    );
  }
  let y = L.top + L.lineHeight;
  parts.push(rectEl(`unit-key series-0`, L.left, y - 9, square, square));
  parts.push(textEl(L.left + cell + 4, y - 9 + square, `1 vakje = ${format(options.unit)}`, { className: 'unit-key-label' }));
  y += L.gap;
  for (const item of items) {
    const s = item.series ?? 0;
    const split = unitSplit(item.value, options.unit, columns, maxUnits);
    const count = num(split.units).replace('.', ',');
    for (const line of wrapText(`${item.label}: ${format(item.value)} (${count} ${count === '1' ? 'vakje' : 'vakjes'})`, maxChars)) {
      y += L.lineHeight;
      parts.push(textEl(L.left, y - 3, line, { className: 'item-label' }));
    }
    const tooltip = `${item.label}: ${format(item.value)}`;
    const title = `<title>${escapeXml(tooltip)}</title>`;
    const block: string[] = [];
    const fill = `fill="url(#${options.id}-units-${s})"`;
    if (split.fullRows > 0) block.push(`<rect class="bar unit-rows" x="0" y="0" width="${num(columns * cell)}" height="${num(split.fullRows * cell)}" ${fill}>${title}</rect>`);
    const restY = split.fullRows * cell;
    if (split.rest > 0) block.push(`<rect class="bar unit-rest" x="0" y="${num(restY)}" width="${num(split.rest * cell)}" height="${num(cell)}" ${fill}>${title}</rect>`);
    if (split.part > 0) block.push(rectEl(`bar unit-part series-${s}`, split.rest * cell, restY, split.part * square, square, tooltip));
    const rowsUsed = split.fullRows + (split.rest > 0 || split.part > 0 ? 1 : 0);
    parts.push(`<g class="units" transform="translate(${num(L.left)} ${num(y + 2)})">${block.join('')}</g>`);
    y += 2 + rowsUsed * cell;
    if (split.cut) {
      parts.push(`<path class="break" d="M${num(L.left)} ${num(y + 3)} l6 -5 l6 5 l6 -5 l6 5" fill="none" stroke="currentColor"/>`);
      y += L.noteHeight;
      const shown = `afgebroken: ${maxUnits} van ${count} vakjes getekend`;
      parts.push(textEl(L.left + 32, y - 4, shown, { className: 'note break-label', size: SMALL_FONT_SIZE }));
    }
    if (item.note) {
      for (const line of wrapText(item.note, Math.floor((width - L.left - L.right) / (SMALL_FONT_SIZE * 0.6)))) {
        y += L.noteHeight;
        parts.push(textEl(L.left, y - 2, line, { className: 'note', size: SMALL_FONT_SIZE }));
      }
    }
    y += L.gap;
  }
  return svgDocument(options, 'unit-chart', y, `<defs>${defs.join('')}</defs><g class="plot">${parts.join('')}</g>`);
}

export function unitChartTable(items: readonly UnitItem[], columns: [label: string, value: string, note: string]): CsvTable {
  for (const item of items) assertDrawable(item.value, item.label);
  return { columns, rows: items.map((i) => [i.label, i.value, i.note ?? null]) };
}
