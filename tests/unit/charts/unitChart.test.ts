import { describe, expect, it } from 'vitest';
import { UNIT_LAYOUT, unitCell, unitChart, unitChartTable, unitSplit } from '../../../src/charts/unitChart.ts';
import { toCsv } from '../../../src/lib/budget/csv.ts';
import { bars, expectEmpty, expectWellFormed, NB, parse, texts } from './svgTestKit.ts';

const text = { id: 'ctx', title: 'Bedragen naast elkaar', description: 'Eén vakje is € 100.000.' };
const options = { ...text, unit: 100000 };
const cell = unitCell(360, 50);
const round = (v: number): number => Math.round(v * 100) / 100;

describe('unitChart', () => {
  const svg = unitChart(
    [
      { label: 'Amendement', value: 350000 },
      { label: 'Onderbesteding', value: 98800000, series: 1 },
    ],
    options,
  );

  it('is an accessible SVG without inline styles or colour values', () => {
    expectWellFormed(svg, 'ctx', 'unit-chart', text.title, text.description);
  });

  it('splits an amount into full rows, a partial row and part of a square', () => {
    expect(unitSplit(350000, 100000, 50, 1500)).toEqual({ units: 3.5, cut: false, fullRows: 0, rest: 3, part: 0.5 });
    expect(unitSplit(98800000, 100000, 50, 1500)).toMatchObject({ units: 988, fullRows: 19, rest: 38, part: 0 });
  });

  it('draws € 350.000 as 3½ squares and € 98,8 mln as 988 squares, at the same scale', () => {
    const drawn = bars(svg);
    expect(drawn.map((b) => b.className)).toEqual(['bar unit-rest', 'bar unit-part series-0', 'bar unit-rows', 'bar unit-rest']);
    const [rest, part, rows, rest2] = drawn;
    expect(rest?.width).toBe(round(3 * cell));
    expect(part?.x).toBe(round(3 * cell));
    expect(part?.width).toBe(round(0.5 * (cell - UNIT_LAYOUT.squareGap)));
    expect(rows).toMatchObject({ width: round(50 * cell), height: round(19 * cell) });
    expect(rest2).toMatchObject({ y: round(19 * cell), width: round(38 * cell) });
  });

  it('fills the squares from a pattern whose square carries the series class', () => {
    const $ = parse(svg);
    expect($('pattern#ctx-units-0 rect').attr('class')).toBe('unit series-0');
    expect($('pattern#ctx-units-1 rect').attr('class')).toBe('unit series-1');
    expect($('rect.unit-rows').attr('fill')).toBe('url(#ctx-units-1)');
  });

  it('labels every amount in full with its number of squares, and says what one square is', () => {
    expect(texts(svg, 'text.unit-key-label')).toEqual([`1 vakje = €${NB}100.000`]);
    expect(texts(svg, 'text.item-label').join(' ')).toBe(`Amendement: €${NB}350.000 (3,5 vakjes) Onderbesteding: €${NB}98.800.000 (988 vakjes)`);
  });

  it('cuts off an amount too large to draw, with a visible break and a text saying so', () => {
    const cut = unitChart([{ label: 'Groot', value: 300000000 }], { ...options, maxUnits: 1000 });
    expect(bars(cut).map((b) => b.className)).toEqual(['bar unit-rows']);
    expect(bars(cut)[0]?.height).toBe(round(20 * cell));
    expect(parse(cut)('path.break').length).toBe(1);
    expect(texts(cut, 'text.break-label')).toEqual(['afgebroken: 1000 van 3000 vakjes getekend']);
  });

  it('gives a CSV of the numbers shown', () => {
    expect(toCsv(unitChartTable([{ label: 'Amendement', value: 350000, note: 'eenmalig' }], ['bedrag', 'euro', 'opmerking']))).toBe(
      'bedrag,euro,opmerking\r\nAmendement,350000,eenmalig\r\n',
    );
  });

  it('handles empty data and a single value', () => {
    expectEmpty(unitChart([], options));
    expect(bars(unitChart([{ label: 'Eén', value: 100000 }], options)).map((b) => b.width)).toEqual([round(cell)]);
  });

  it('refuses a negative value and a unit that is not positive', () => {
    expect(() => unitChart([{ label: 'Amendement', value: -5 }], options)).toThrow('negative value -5 for Amendement');
    expect(() => unitChart([{ label: 'A', value: 5 }], { ...options, unit: 0 })).toThrow('unit must be a positive amount');
  });
});
