import { describe, expect, it } from 'vitest';
import { SEATS_LAYOUT, seats, seatsScales, seatsTable, type SeatsData } from '../../../src/charts/seats.ts';
import { toCsv } from '../../../src/lib/budget/csv.ts';
import { bars, expectEmpty, expectWellFormed, parse, texts } from './svgTestKit.ts';

const text = { id: 'stem', title: 'Stemming', description: 'Zetels voor en niet voor.' };
const options = { ...text, forLabel: 'Voor', otherLabel: 'Niet voor', majorityLabel: 'Meerderheid: 8 van 15', seatsWord: 'zetels' };
const data: SeatsData = {
  totalSeats: 15,
  majority: 8,
  parties: [
    { label: 'Rood', seats: 9, for: false },
    { label: 'Blauw', seats: 4, for: true },
    { label: 'Groen', seats: 2, for: true },
  ],
};
const round = (v: number): number => Math.round(v * 100) / 100;

describe('seats', () => {
  const svg = seats(data, options);

  it('is an accessible SVG without inline styles or colour values', () => {
    expectWellFormed(svg, 'stem', 'seats', text.title, text.description);
  });

  it('draws the house as "voor" and the rest, then one bar per party, grouped', () => {
    const { house, party, partyStart } = seatsScales(data, 360);
    const drawn = bars(svg);
    expect(drawn.map((b) => b.className)).toEqual([
      'bar summary series-0',
      'bar summary series-1',
      'bar party series-0',
      'bar party series-0',
      'bar party series-1',
    ]);
    expect(drawn[0]?.width).toBe(round(house(6) - house(0)));
    expect(drawn[1]).toMatchObject({ x: round(house(6)), width: round(house(15) - house(6)) });
    expect(drawn.slice(2).map((b) => b.width)).toEqual([4, 2, 9].map((s) => round(party(s))));
    expect(drawn.slice(2).every((b) => b.x === round(partyStart) && b.height === SEATS_LAYOUT.barHeight)).toBe(true);
  });

  it('marks and labels the majority line', () => {
    const { house } = seatsScales(data, 360);
    const line = parse(svg)('line.majority-line');
    expect(Number(line.attr('x1'))).toBe(round(house(8)));
    expect(texts(svg, 'text.majority-label')).toEqual(['Meerderheid: 8 van 15']);
  });

  it('labels every party with its seats, and each group in words', () => {
    expect(texts(svg, 'text.party-label')).toEqual(['Blauw', 'Groen', 'Rood']);
    expect(texts(svg, 'text.value-label')).toEqual(['4', '2', '9']);
    expect(texts(svg, 'text.group-label')).toEqual(['Voor (6 zetels)', 'Niet voor (9 zetels)']);
    expect(texts(svg, 'text.summary-label')).toEqual(['Voor: 6 zetels', 'Niet voor: 9 zetels']);
  });

  it('gives a CSV of the numbers shown', () => {
    expect(toCsv(seatsTable(data, ['partij', 'zetels', 'stem'], 'voor', 'niet voor'))).toBe('partij,zetels,stem\r\nRood,9,niet voor\r\nBlauw,4,voor\r\nGroen,2,voor\r\n');
  });

  it('handles empty data and a single party', () => {
    expectEmpty(seats({ totalSeats: 15, majority: 8, parties: [] }, options));
    expect(bars(seats({ totalSeats: 15, majority: 8, parties: [{ label: 'Alle', seats: 15, for: true }] }, options))).toHaveLength(3);
  });

  it('refuses negative seats and more seats than the house has', () => {
    expect(() => seats({ ...data, parties: [{ label: 'Rood', seats: -5, for: false }] }, options)).toThrow('negative value -5 for Rood');
    expect(() => seats({ ...data, parties: [{ label: 'Rood', seats: 16, for: false }] }, options)).toThrow('the parties have 16 seats, more than the 15 in all');
  });
});
