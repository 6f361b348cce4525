// Stacked bars per period (e.g. years): one segment per series in the given order, a legend, and the period totals on top.
import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import type { CsvTable } from '../lib/budget/csv.ts';
import { formatEuro } from '../lib/money.ts';
import { assertDrawable, emptyChart, hatchPattern, hatchRect, num, rectEl, SMALL_FONT_SIZE, svgDocument, textEl, textWidth, wrapText, type ChartText } from './svg.ts';

export interface StackedSeries {
  label: string;
  /** Extra class `kind-<kind>` on the segments and the swatch, so CSS can set apart e.g. running costs or a reserve. */
  kind?: string;
  /** One value per period, in period order; null where the source gives no amount (drawn as nothing, never as 0). */
  values: (number | null)[];
}

export interface StackedBarsData {
  periods: string[];
  /** Bottom to top; the legend lists them top to bottom in the same order as the stack reads. */
  series: StackedSeries[];
}

export interface StackedBarsOptions extends ChartText {
  format?: (value: number) => string;
}

export const STACKED_LAYOUT = { left: 56, right: 8, top: 22, plotHeight: 200, axisGap: 18, legendLine: 16, legendGap: 14, padding: 0.2, minLabelHeight: 14 };

const kindClass = (series: StackedSeries): string => (series.kind ? ` kind-${series.kind}` : '');
const defaultFormat = (value: number): string => formatEuro(value, { compact: true });

function validate(data: StackedBarsData): void {
  for (const series of data.series) {
    if (series.kind !== undefined && !/^[a-z0-9-]+$/.test(series.kind)) throw new Error(`series kind "${series.kind}" must be lower-case letters, digits and hyphens`);
    if (series.values.length !== data.periods.length) {
      throw new Error(`series "${series.label}" has ${series.values.length} values for ${data.periods.length} periods`);
    }
    series.values.forEach((v, p) => v === null || assertDrawable(v, `${series.label} (${data.periods[p]})`));
  }
}

/** Sum per period; null where no series has an amount in that period. */
export function periodTotals(data: StackedBarsData): (number | null)[] {
  return data.periods.map((_, p) => {
    const present = data.series.map((s) => s.values[p] ?? null).filter((v): v is number => v !== null);
    return present.length === 0 ? null : present.reduce((a, b) => a + b, 0);
  });
}

/** The scales the chart uses, exported so tests can compute the expected geometry. */
export function stackedScales(data: StackedBarsData, width: number) {
  const L = STACKED_LAYOUT;
  const x = scaleBand<string>().domain(data.periods).range([L.left, width - L.right]).padding(L.padding);
  const top = max(periodTotals(data), (t) => t ?? 0) ?? 0;
  const y = scaleLinear().domain([0, top > 0 ? top : 1]).nice().range([L.top + L.plotHeight, L.top]);
  return { x, y };
}

export function stackedBars(data: StackedBarsData, options: StackedBarsOptions): string {
  validate(data);
  if (data.periods.length === 0 || data.series.length === 0) return emptyChart(options, 'stacked-bars');
  const L = STACKED_LAYOUT;
  const width = options.width ?? 360;
  const format = options.format ?? defaultFormat;
  const { x, y } = stackedScales(data, width);
  const rows = data.periods.map((_, p) => data.series.map((s) => s.values[p] ?? 0));
  const layers = stack<number[], number>()
    .keys(data.series.map((_, i) => i))
    .value((row, key) => row[key] ?? 0)(rows);
  const parts: string[] = [`<defs>${hatchPattern(options.id)}</defs>`];

  for (const tick of y.ticks(4)) {
    parts.push(`<line class="grid" x1="${num(L.left)}" x2="${num(width - L.right)}" y1="${num(y(tick))}" y2="${num(y(tick))}" stroke="currentColor" stroke-opacity="0.15"/>`);
    parts.push(textEl(L.left - 4, y(tick) + 4, format(tick), { className: 'axis-label', anchor: 'end', size: SMALL_FONT_SIZE }));
  }

  layers.forEach((layer, i) => {
    const series = data.series[i];
    if (!series) return;
    layer.forEach(([y0, y1], p) => {
      const value = series.values[p] ?? null;
      const period = data.periods[p] ?? '';
      if (value === null || value === 0) return;
      const bx = x(period) ?? 0;
      const top = y(y1);
      const height = y(y0) - top;
      parts.push(rectEl(`bar series-${i}${kindClass(series)}`, bx, top, x.bandwidth(), height, `${series.label}, ${period}: ${format(value)}`));
      if (i % 2 === 1) parts.push(hatchRect(options.id, bx, top, x.bandwidth(), height));
      const label = format(value);
      if (height >= L.minLabelHeight && textWidth(label, SMALL_FONT_SIZE) <= x.bandwidth() - 2) {
        parts.push(textEl(bx + x.bandwidth() / 2, top + height / 2 + 3.5, label, { className: 'value-label value-label--inside', anchor: 'middle', size: SMALL_FONT_SIZE }));
      }
    });
  });

  periodTotals(data).forEach((total, p) => {
    const period = data.periods[p] ?? '';
    const cx = (x(period) ?? 0) + x.bandwidth() / 2;
    parts.push(textEl(cx, (total === null ? y(0) : y(total)) - 5, total === null ? '–' : format(total), { className: 'total-label', anchor: 'middle' }));
    parts.push(textEl(cx, L.top + L.plotHeight + L.axisGap - 4, period, { className: 'axis-label', anchor: 'middle' }));
  });
  parts.push(`<line class="axis" x1="${num(L.left)}" x2="${num(width - L.right)}" y1="${num(y(0))}" y2="${num(y(0))}" stroke="currentColor"/>`);

  const legendTop = L.top + L.plotHeight + L.axisGap + L.legendGap;
  const maxChars = Math.floor((width - 24 - L.right) / (SMALL_FONT_SIZE * 0.6));
  let ly = legendTop;
  // Listed top to bottom as the stack reads from the top, so the legend and the bars are in the same order.
  for (const i of data.series.map((_, k) => k).reverse()) {
    const series = data.series[i];
    if (!series) continue;
    parts.push(rectEl(`legend-swatch series-${i}${kindClass(series)}`, 8, ly - 9, 10, 10));
    if (i % 2 === 1) parts.push(hatchRect(options.id, 8, ly - 9, 10, 10));
    for (const line of wrapText(series.label, maxChars)) {
      parts.push(textEl(24, ly, line, { className: 'legend-label', size: SMALL_FONT_SIZE }));
      ly += L.legendLine - 3;
    }
    ly += 3;
  }
  const height = ly;
  return svgDocument(options, 'stacked-bars', height, `<g class="plot">${parts.join('')}</g>`);
}

/** The numbers the chart shows, for a CSV: one row per series and a totals row; an empty field where there is no amount. */
export function stackedBarsTable(data: StackedBarsData, totalLabel = 'Totaal'): CsvTable {
  validate(data);
  return {
    columns: ['reeks', ...data.periods],
    rows: [...data.series.map((s) => [s.label, ...s.values]), [totalLabel, ...periodTotals(data)]],
  };
}
