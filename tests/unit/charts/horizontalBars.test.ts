import { describe, expect, it } from 'vitest';
import { HORIZONTAL_LAYOUT, horizontalBars, horizontalBarsTable, horizontalScale, type HorizontalBarItem } from '../../../src/charts/horizontalBars.ts';
import { toCsv } from '../../../src/lib/budget/csv.ts';
import { bars, expectEmpty, expectWellFormed, NB, texts } from './svgTestKit.ts';

const text = { id: 'acties', title: 'Acties', description: 'Een staaf per actie.' };
const items: HorizontalBarItem[] = [
  { label: '1. Inspectie', value: 50000, note: 'jaar niet vermeld in de bron' },
  { label: '2 en 3. Herstel', value: 200000 },
  { label: '4. Overleg', value: 0 },
];

describe('horizontalBars', () => {
  const svg = horizontalBars(items, text);

  it('is an accessible SVG without inline styles or colour values', () => {
    expectWellFormed(svg, 'acties', 'horizontal-bars', text.title, text.description);
  });

  it('draws one bar per item, its width from the linear scale', () => {
    const x = horizontalScale(items, 360);
    const drawn = bars(svg);
    expect(drawn).toHaveLength(3);
    expect(drawn.map((b) => b.width)).toEqual([x(50000), x(200000), 0].map((w) => Math.round(w * 100) / 100));
    expect(drawn[1]?.width).toBeCloseTo(360 - HORIZONTAL_LAYOUT.left - HORIZONTAL_LAYOUT.right - HORIZONTAL_LAYOUT.valueSpace, 1);
    expect(drawn.every((b) => b.x === HORIZONTAL_LAYOUT.left && b.height === HORIZONTAL_LAYOUT.barHeight)).toBe(true);
  });

  it('labels every bar with its label and value, and shows the notes', () => {
    expect(texts(svg, 'text.item-label')).toEqual(['1. Inspectie', '2 en 3. Herstel', '4. Overleg']);
    expect(texts(svg, 'text.value-label')).toEqual([`€${NB}50.000`, `€${NB}200.000`, `€${NB}0`]);
    expect(texts(svg, 'text.note')).toEqual(['jaar niet vermeld in de bron']);
  });

  it('gives a CSV of the numbers shown', () => {
    expect(toCsv(horizontalBarsTable(items, ['actie', 'bedrag', 'opmerking']))).toBe(
      'actie,bedrag,opmerking\r\n1. Inspectie,50000,jaar niet vermeld in de bron\r\n2 en 3. Herstel,200000,\r\n4. Overleg,0,\r\n',
    );
  });

  it('handles empty data and a single value', () => {
    expectEmpty(horizontalBars([], text));
    const one = bars(horizontalBars([{ label: 'Alles', value: 7 }], text));
    expect(one).toHaveLength(1);
    expect(one[0]?.width).toBeCloseTo(360 - HORIZONTAL_LAYOUT.left - HORIZONTAL_LAYOUT.right - HORIZONTAL_LAYOUT.valueSpace, 1);
  });

  it('refuses a negative value', () => {
    expect(() => horizontalBars([{ label: 'Inspectie', value: -5 }], text)).toThrow('negative value -5 for Inspectie');
    expect(() => horizontalBars([{ label: 'Inspectie', value: Number.NaN }], text)).toThrow('non-finite value NaN for Inspectie');
  });
});
