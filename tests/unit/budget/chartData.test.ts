import { describe, expect, it } from 'vitest';
import { amountsToUnits, costNote, costsByGroup, groupToBars, tableToStacked, voteToSeats } from '../../../src/lib/budget/chartData.ts';
import { sumKnownCosts } from '../../../src/lib/budget/costs.ts';
import { loadDataset } from '../../../src/lib/budget/load.ts';

const fixture = (name: string): string => `tests/fixtures/data/${name}.yaml`;

describe('chart data from data files', () => {
  it('a table becomes one series per row, "no amount" staying null', () => {
    const stacked = tableToStacked(loadDataset('table', fixture('valid-table')));
    expect(stacked.periods).toEqual(['2031', '2032', '2033']);
    expect(stacked.series[1]).toEqual({ label: 'Onderhoud', kind: 'maatregel', values: [null, 400000, 0] });
  });

  it('a group becomes a bar per item, totalled over its amounts, with the period note', () => {
    const group = loadDataset('groups', fixture('valid-groups')).groups[1]!;
    expect(groupToBars(group)).toEqual([
      { label: '4. Meting', value: 50000 },
      { label: '5. Rapport', value: 100000, note: 'jaar niet vermeld in de bron' },
    ]);
  });

  it('costs per theme: a value only where the theme has that kind of amount, and the unknown ones counted in words', () => {
    const data = loadDataset('cost-items', fixture('valid-cost-items'));
    expect(costsByGroup(data.items, data.themes).groups).toEqual([
      { label: 'Dijken', values: [275000, 50000, null], note: '+1 onbekend' },
      { label: 'Sluizen', values: [null, null, 134000], note: '+1 onbekend · 1 met een tweede schatting · 1 zonder extra kosten · 1 n.v.t.' },
    ]);
    expect(costNote(sumKnownCosts([]))).toBeUndefined();
  });

  it('amounts keep "per jaar" in the note; votes count only "voor" as for', () => {
    expect(amountsToUnits(loadDataset('amounts', fixture('valid-amounts')))).toEqual([
      { label: 'Amendement voor de dijken', value: 350000, series: 0 },
      { label: 'Budget per jaar', value: 2000000, series: 0, note: 'per jaar' },
    ]);
    expect(voteToSeats(loadDataset('vote', fixture('valid-vote'))).parties.filter((p) => p.for).map((p) => p.label)).toEqual(['Blauw', 'Groen']);
  });
});
