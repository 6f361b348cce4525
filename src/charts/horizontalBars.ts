// Horizontal bars: one bar per item with its label above, its value at the end and an optional note below.
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { CsvTable } from '../lib/budget/csv.ts';
import { formatEuro } from '../lib/money.ts';
import { assertDrawable, DEFAULT_WIDTH, emptyChart, FONT_SIZE, rectEl, SMALL_FONT_SIZE, svgDocument, textEl, wrapText, type ChartText } from './svg.ts';

export interface HorizontalBarItem {
  label: string;
  value: number;
  /** Shown under the bar, e.g. why a period is missing. */
  note?: string;
  /** Colour class index; default 0. */
  series?: number;
}

export interface HorizontalBarsOptions extends ChartText {
  format?: (value: number) => string;
}

export const HORIZONTAL_LAYOUT = { left: 8, right: 8, valueSpace: 84, top: 8, lineHeight: 15, barHeight: 14, noteHeight: 13, gap: 12 };

/** The value scale, exported so tests can compute the expected bar widths. */
export function horizontalScale(items: readonly HorizontalBarItem[], width: number) {
  const L = HORIZONTAL_LAYOUT;
  const top = max(items, (i) => i.value) ?? 0;
  return scaleLinear().domain([0, top > 0 ? top : 1]).range([0, width - L.left - L.right - L.valueSpace]);
}

export function horizontalBars(items: readonly HorizontalBarItem[], options: HorizontalBarsOptions): string {
  for (const item of items) assertDrawable(item.value, item.label);
  if (items.length === 0) return emptyChart(options, 'horizontal-bars');
  const L = HORIZONTAL_LAYOUT;
  const width = options.width ?? DEFAULT_WIDTH;
  const format = options.format ?? ((v: number) => formatEuro(v));
  const x = horizontalScale(items, width);
  const maxChars = Math.floor((width - L.left - L.right) / (FONT_SIZE * 0.6));
  const parts: string[] = [];
  let y = L.top;
  for (const item of items) {
    for (const line of wrapText(item.label, maxChars)) {
      y += L.lineHeight;
      parts.push(textEl(L.left, y - 3, line, { className: 'item-label' }));
    }
    const barWidth = x(item.value);
    const valueText = format(item.value);
    parts.push(rectEl(`bar series-${item.series ?? 0}`, L.left, y + 2, barWidth, L.barHeight, `${item.label}: ${valueText}`));
    parts.push(textEl(L.left + barWidth + 4, y + 2 + L.barHeight - 3, valueText, { className: 'value-label' }));
    y += L.barHeight + 2;
    if (item.note) {
      for (const line of wrapText(item.note, Math.floor((width - L.left - L.right) / (SMALL_FONT_SIZE * 0.6)))) {
        y += L.noteHeight;
        parts.push(textEl(L.left, y - 2, line, { className: 'note', size: SMALL_FONT_SIZE }));
      }
    }
    y += L.gap;
  }
  return svgDocument(options, 'horizontal-bars', y, `<g class="plot">${parts.join('')}</g>`);
}

export function horizontalBarsTable(items: readonly HorizontalBarItem[], columns: [label: string, value: string, note: string]): CsvTable {
  for (const item of items) assertDrawable(item.value, item.label);
  return { columns, rows: items.map((i) => [i.label, i.value, i.note ?? null]) };
}
