// Grouped bars: per group (e.g. a theme) one bar per series, each with a text label, and a visible note such as "+2 onbekend".
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { CsvTable } from '../lib/budget/csv.ts';
import { formatEuro } from '../lib/money.ts';
import { assertDrawable, DEFAULT_WIDTH, emptyChart, hatchPattern, hatchRect, rectEl, SMALL_FONT_SIZE, svgDocument, textEl, textWidth, type ChartText } from './svg.ts';

export interface BarGroup {
  label: string;
  /** One value per series; null where the group has nothing of that series (no bar, no label). */
  values: (number | null)[];
  /** Always shown under the group's bars, e.g. a count of items whose amount is unknown. */
  note?: string;
}

export interface GroupedBarsData {
  /** Each series label is written beside its bar, so colour never carries the meaning alone. */
  series: { label: string }[];
  groups: BarGroup[];
}

export interface GroupedBarsOptions extends ChartText {
  format?: (value: number) => string;
  /** Shown for a group without any value or note; default "–". */
  emptyGroupText?: string;
}

export const GROUPED_LAYOUT = { left: 8, right: 8, valueSpace: 76, top: 6, headHeight: 18, barHeight: 12, barGap: 4, noteHeight: 14, groupGap: 10 };

function validate(data: GroupedBarsData): void {
  for (const group of data.groups) {
    if (group.values.length !== data.series.length) {
      throw new Error(`group "${group.label}" has ${group.values.length} values for ${data.series.length} series`);
    }
    group.values.forEach((v, s) => v === null || assertDrawable(v, `${group.label} (${data.series[s]?.label ?? s})`));
  }
}

/** Where the bars start: after the widest series label. */
export function groupedBarStart(data: GroupedBarsData): number {
  const widest = max(data.series, (s) => textWidth(s.label, SMALL_FONT_SIZE)) ?? 0;
  return GROUPED_LAYOUT.left + widest + 6;
}

/** The value scale, exported so tests can compute the expected bar widths. */
export function groupedScale(data: GroupedBarsData, width: number) {
  const L = GROUPED_LAYOUT;
  const top = max(data.groups.flatMap((g) => g.values), (v) => v ?? 0) ?? 0;
  const start = groupedBarStart(data);
  return scaleLinear().domain([0, top > 0 ? top : 1]).range([0, width - start - L.right - L.valueSpace]);
}

export function groupedBars(data: GroupedBarsData, options: GroupedBarsOptions): string {
  validate(data);
  if (data.groups.length === 0 || data.series.length === 0) return emptyChart(options, 'grouped-bars');
  const L = GROUPED_LAYOUT;
  const width = options.width ?? DEFAULT_WIDTH;
  const format = options.format ?? ((v: number) => formatEuro(v));
  const x = groupedScale(data, width);
  const start = groupedBarStart(data);
  const parts: string[] = [`<defs>${hatchPattern(options.id)}</defs>`];
  let y = L.top;
  for (const group of data.groups) {
    y += L.headHeight;
    parts.push(textEl(L.left, y - 5, group.label, { className: 'group-label' }));
    let drawn = 0;
    group.values.forEach((value, s) => {
      const series = data.series[s];
      if (value === null || !series) return;
      const barWidth = x(value);
      const valueText = format(value);
      parts.push(textEl(L.left, y + L.barHeight - 2, series.label, { className: 'series-label', size: SMALL_FONT_SIZE }));
      parts.push(rectEl(`bar series-${s}`, start, y, barWidth, L.barHeight, `${group.label}, ${series.label}: ${valueText}`));
      if (s % 2 === 1) parts.push(hatchRect(options.id, start, y, barWidth, L.barHeight));
      parts.push(textEl(start + barWidth + 4, y + L.barHeight - 2, valueText, { className: 'value-label', size: SMALL_FONT_SIZE }));
      y += L.barHeight + L.barGap;
      drawn += 1;
    });
    const note = group.note ?? (drawn === 0 ? (options.emptyGroupText ?? '–') : undefined);
    if (note !== undefined) {
      y += L.noteHeight - L.barGap;
      parts.push(textEl(L.left, y - 3, note, { className: 'note', size: SMALL_FONT_SIZE }));
    }
    y += L.groupGap;
  }
  return svgDocument(options, 'grouped-bars', y, `<g class="plot">${parts.join('')}</g>`);
}

/** The numbers the chart shows: one row per group, one column per series, and the note. */
export function groupedBarsTable(data: GroupedBarsData, groupColumn: string, noteColumn: string): CsvTable {
  validate(data);
  return {
    columns: [groupColumn, ...data.series.map((s) => s.label), noteColumn],
    rows: data.groups.map((g) => [g.label, ...g.values, g.note ?? null]),
  };
}
