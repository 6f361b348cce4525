import { describe, expect, it } from 'vitest';
import { periodTotals, stackedBars, stackedBarsTable, stackedScales, type StackedBarsData } from '../../../src/charts/stackedBars.ts';
import { toCsv } from '../../../src/lib/budget/csv.ts';
import { bars, expectEmpty, expectWellFormed, NB, parse, texts } from './svgTestKit.ts';

const text = { id: 'stack', title: 'Begroting per jaar', description: 'Gestapelde staven per jaar.' };
const data: StackedBarsData = {
  periods: ['2031', '2032'],
  series: [
    { label: 'Vaste kosten', kind: 'vaste-kosten', values: [100000, 100000] },
    { label: 'Onderhoud', values: [null, 300000] },
    { label: 'Reserve', values: [0, 100000] },
  ],
};

describe('stackedBars', () => {
  const svg = stackedBars(data, text);

  it('is an accessible SVG without inline styles or colour values', () => {
    expectWellFormed(svg, 'stack', 'stacked-bars', text.title, text.description);
  });

  it('draws one bar per amount above zero; null ("no amount") and 0 draw nothing', () => {
    const drawn = bars(svg);
    expect(drawn.map((b) => b.className)).toEqual(['bar series-0 kind-vaste-kosten', 'bar series-0 kind-vaste-kosten', 'bar series-1', 'bar series-2']);
  });

  it('sizes the segments with the linear scale, stacked in the given order', () => {
    const { x, y } = stackedScales(data, 360);
    const [a31, a32, b32, c32] = bars(svg);
    expect(a31?.x).toBeCloseTo(x('2031') ?? -1, 1);
    expect(a31?.width).toBeCloseTo(x.bandwidth(), 1);
    expect(a31?.height).toBeCloseTo(y(0) - y(100000), 1);
    expect(a32?.y).toBeCloseTo(y(100000), 1);
    expect(b32?.y).toBeCloseTo(y(400000), 1);
    expect(b32?.height).toBeCloseTo(y(100000) - y(400000), 1);
    expect(c32?.y).toBeCloseTo(y(500000), 1);
  });

  it('shows the period totals on top, a legend and Dutch amounts', () => {
    expect(periodTotals(data)).toEqual([100000, 500000]);
    expect(texts(svg, 'text.total-label')).toEqual([`€${NB}100.000`, `€${NB}500.000`]);
    expect(texts(svg, 'text.legend-label')).toEqual(['Reserve', 'Onderhoud', 'Vaste kosten']);
    expect(texts(svg, 'text.value-label')).toContain(`€${NB}300.000`);
    expect(parse(svg)('rect.bar title').first().text()).toBe(`Vaste kosten, 2031: €${NB}100.000`);
  });

  it('sets every other series apart with a hatch pattern, so colour is not the only difference', () => {
    expect(parse(svg)('rect.hatch').length).toBe(2); // series 1: one segment and its legend swatch
  });

  it('gives a CSV of exactly the numbers shown, with an empty field for "no amount"', () => {
    expect(toCsv(stackedBarsTable(data))).toBe(
      'reeks,2031,2032\r\nVaste kosten,100000,100000\r\nOnderhoud,,300000\r\nReserve,0,100000\r\nTotaal,100000,500000\r\n',
    );
  });

  it('handles empty data and a single value', () => {
    expectEmpty(stackedBars({ periods: [], series: [] }, text));
    const one = stackedBars({ periods: ['2031'], series: [{ label: 'Alles', values: [2000000] }] }, text);
    expect(bars(one)).toHaveLength(1);
    expect(texts(one, 'text.total-label')).toEqual([`€${NB}2,0${NB}mln`]);
  });

  it('refuses negative and non-finite values, and series of the wrong length', () => {
    expect(() => stackedBars({ periods: ['2031'], series: [{ label: 'Onderhoud', values: [-5] }] }, text)).toThrow('negative value -5 for Onderhoud (2031)');
    expect(() => stackedBars({ periods: ['2031'], series: [{ label: 'X', values: [Number.POSITIVE_INFINITY] }] }, text)).toThrow('non-finite value Infinity for X (2031)');
    expect(() => stackedBars({ periods: ['2031', '2032'], series: [{ label: 'X', values: [1] }] }, text)).toThrow('series "X" has 1 values for 2 periods');
  });

  it('escapes labels', () => {
    const escaped = stackedBars({ periods: ['<2031>'], series: [{ label: 'R&D', values: [1] }] }, text);
    expect(escaped).toContain('R&amp;D');
    expect(escaped).toContain('&lt;2031&gt;');
  });
});
