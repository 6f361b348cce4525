import { describe, expect, it } from 'vitest';
import { groupedBarStart, groupedBars, groupedBarsTable, groupedScale, type GroupedBarsData } from '../../../src/charts/groupedBars.ts';
import { toCsv } from '../../../src/lib/budget/csv.ts';
import { bars, expectEmpty, expectWellFormed, NB, texts } from './svgTestKit.ts';

const text = { id: 'thema', title: 'Kosten per thema', description: 'Incidenteel en structureel per thema.' };
const data: GroupedBarsData = {
  series: [{ label: 'incidenteel' }, { label: 'structureel' }],
  groups: [
    { label: 'Dijken', values: [275000, 50000], note: '+1 onbekend' },
    { label: 'Sluizen', values: [null, 300000] },
    { label: 'Gemalen', values: [null, null], note: '+2 onbekend' },
  ],
};

describe('groupedBars', () => {
  const svg = groupedBars(data, text);

  it('is an accessible SVG without inline styles or colour values', () => {
    expectWellFormed(svg, 'thema', 'grouped-bars', text.title, text.description);
  });

  it('draws a bar per known value, sized by the linear scale; null draws no bar', () => {
    const x = groupedScale(data, 360);
    const drawn = bars(svg);
    expect(drawn.map((b) => b.className)).toEqual(['bar series-0', 'bar series-1', 'bar series-1']);
    expect(drawn.map((b) => b.width)).toEqual([275000, 50000, 300000].map((v) => Math.round(x(v) * 100) / 100));
    expect(drawn.every((b) => b.x === Math.round(groupedBarStart(data) * 100) / 100)).toBe(true);
  });

  it('writes the series name beside each bar, the amount after it, and the unknown count as text', () => {
    expect(texts(svg, 'text.group-label')).toEqual(['Dijken', 'Sluizen', 'Gemalen']);
    expect(texts(svg, 'text.series-label')).toEqual(['incidenteel', 'structureel', 'structureel']);
    expect(texts(svg, 'text.value-label')).toEqual([`€${NB}275.000`, `€${NB}50.000`, `€${NB}300.000`]);
    expect(texts(svg, 'text.note')).toEqual(['+1 onbekend', '+2 onbekend']);
  });

  it('says "–" for a group with nothing to show and no note', () => {
    const none = groupedBars({ series: [{ label: 'a' }], groups: [{ label: 'Leeg', values: [null] }] }, text);
    expect(bars(none)).toEqual([]);
    expect(texts(none, 'text.note')).toEqual(['–']);
  });

  it('gives a CSV of the numbers shown', () => {
    expect(toCsv(groupedBarsTable(data, 'thema', 'opmerking'))).toBe(
      'thema,incidenteel,structureel,opmerking\r\nDijken,275000,50000,+1 onbekend\r\nSluizen,,300000,\r\nGemalen,,,+2 onbekend\r\n',
    );
  });

  it('handles empty data and a single value', () => {
    expectEmpty(groupedBars({ series: [{ label: 'a' }], groups: [] }, text));
    expect(bars(groupedBars({ series: [{ label: 'a' }], groups: [{ label: 'G', values: [5] }] }, text))).toHaveLength(1);
  });

  it('refuses a negative value', () => {
    expect(() => groupedBars({ series: [{ label: 'incidenteel' }], groups: [{ label: 'Dijken', values: [-5] }] }, text)).toThrow(
      'negative value -5 for Dijken (incidenteel)',
    );
  });
});
