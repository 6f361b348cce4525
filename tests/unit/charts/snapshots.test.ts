// One example per chart, drawn from the real data files, written to tests/output/charts/ to look at.
// After a deliberate change to a chart or to content/data, update them with `vitest run -u`.
import { describe, expect, it } from 'vitest';
import { groupedBars } from '../../../src/charts/groupedBars.ts';
import { horizontalBars } from '../../../src/charts/horizontalBars.ts';
import { seats } from '../../../src/charts/seats.ts';
import { stackedBars } from '../../../src/charts/stackedBars.ts';
import { unitChart } from '../../../src/charts/unitChart.ts';
import { amountsToUnits, costsByGroup, groupToBars, tableToStacked, voteToSeats } from '../../../src/lib/budget/chartData.ts';
import { loadDataset } from '../../../src/lib/budget/load.ts';
import { formatEuro } from '../../../src/lib/money.ts';

const out = (name: string): string => `../../output/charts/${name}.svg`;

describe('chart snapshots of the real data', () => {
  it('stacked bars: the action plan per year', async () => {
    const table = loadDataset('table', 'content/data/actieplan-overzicht.yaml');
    const svg = stackedBars(tableToStacked(table), {
      id: 'overzicht',
      title: table.title,
      description: 'Per jaar 2 miljoen euro, verdeeld over programmakosten, No Regrets, vijf actielijnen en een reservering.',
      format: (v) => formatEuro(v, { compact: true }),
    });
    await expect(svg).toMatchFileSnapshot(out('stacked-bars'));
  });

  it('horizontal bars: the actions of one group', async () => {
    const groups = loadDataset('groups', 'content/data/actielijnen.yaml');
    const group = groups.groups[1]!;
    const svg = horizontalBars(groupToBars(group), { id: 'acties', title: group.label, description: 'Het bedrag per actie.' });
    await expect(svg).toMatchFileSnapshot(out('horizontal-bars'));
  });

  it('grouped bars: known costs per theme, with the unknown ones counted', async () => {
    const data = loadDataset('cost-items', 'content/data/voorstellen.yaml');
    const svg = groupedBars(costsByGroup(data.items, data.themes), {
      id: 'voorstellen',
      title: 'Geschatte kosten per thema',
      description: 'Incidentele en structurele kosten per thema; voorstellen met onbekende kosten zijn geteld, niet als nul opgeteld.',
    });
    await expect(svg).toMatchFileSnapshot(out('grouped-bars'));
  });

  it('unit chart: amounts in context', async () => {
    const data = loadDataset('amounts', 'content/data/bedragen-in-context.yaml');
    const svg = unitChart(amountsToUnits(data, (key) => (key.startsWith('onderuitputting') ? 1 : 0)), {
      id: 'context',
      title: data.title,
      description: 'Elk vakje is 100.000 euro.',
      unit: 100000,
    });
    await expect(svg).toMatchFileSnapshot(out('unit-chart'));
  });

  it('seats: the vote by seats', async () => {
    const vote = loadDataset('vote', 'content/data/stemming-grinwis.yaml');
    const svg = seats(voteToSeats(vote), {
      id: 'stemming',
      title: vote.title,
      description: 'De partijen die voor stemden hadden 49 van de 150 zetels; voor een meerderheid zijn 76 zetels nodig.',
      forLabel: 'Voor',
      otherLabel: 'Niet voor',
      majorityLabel: `Meerderheid: ${vote.majority} van ${vote.totalSeats}`,
      seatsWord: 'zetels',
    });
    await expect(svg).toMatchFileSnapshot(out('seats'));
  });
});
