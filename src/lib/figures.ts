// A chart spec plus its data file -> a figure: the SVG, the table of exactly those numbers (also the CSV), and its sources.
import { groupedBars, groupedBarsTable } from '../charts/groupedBars.ts';
import { horizontalBars, horizontalBarsTable } from '../charts/horizontalBars.ts';
import { seats, seatsTable } from '../charts/seats.ts';
import { stackedBars, stackedBarsTable } from '../charts/stackedBars.ts';
import { unitChart, unitChartTable } from '../charts/unitChart.ts';
import type { ChartSpec } from '../schemas/charts.ts';
import type { DataSource, Dataset } from '../schemas/data.ts';
import { amountsToUnits, costsByGroup, groupToBars, tableToStacked, voteToSeats } from './budget/chartData.ts';
import { sumKnownCosts, type CostTotals } from './budget/costs.ts';
import type { CsvTable } from './budget/csv.ts';
import { formatEuro } from './money.ts';

export interface Figure {
  spec: ChartSpec;
  svg: string;
  table: CsvTable;
  /** How the table's numbers read: euros, or plain counts (seats). */
  values: 'euro' | 'count';
  sources: DataSource[];
  /** A line under the chart with a total that keeps unknowns visible, where the chart has one. */
  total?: string;
}

/** `Samen: € … incidenteel, € … structureel en € … zonder soort, plus 8 voorstellen met onbekende kosten.` */
export function costTotalLine(totals: CostTotals, itemWord: { one: string; many: string }): string {
  const parts = [
    `${formatEuro(totals.incidenteel)} incidenteel`,
    `${formatEuro(totals.structureel)} structureel`,
    ...(totals.unspecified > 0 ? [`${formatEuro(totals.unspecified)} zonder soort`] : []),
  ];
  const known = `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
  const unknown = totals.unknownCount === 0 ? '' : `, plus ${totals.unknownCount} ${totals.unknownCount === 1 ? itemWord.one : itemWord.many} met onbekende kosten`;
  return `Samen, voor zover bekend: ${known}${unknown}.`;
}

/** Why a spec cannot be drawn from the data, or undefined when it can. */
export function specProblem(spec: ChartSpec, data: Dataset | undefined): { field: string; problem: string } | undefined {
  const needs = { stacked: 'table', bars: 'groups', costs: 'cost-items', units: 'amounts', seats: 'vote' } as const;
  if (!data) return { field: 'dataset', problem: `there is no data file data/${spec.dataset}.yaml` };
  if (data.dataset !== needs[spec.kind]) {
    return { field: 'dataset', problem: `a "${spec.kind}" chart needs a "${needs[spec.kind]}" data file; data/${spec.dataset}.yaml is "${data.dataset}"` };
  }
  if (spec.kind === 'bars' && (data.dataset !== 'groups' || !data.groups.some((g) => g.key === spec.group))) {
    return { field: 'group', problem: `give the key of a group in data/${spec.dataset}.yaml` };
  }
  if (spec.kind === 'units' && spec.unit === undefined) return { field: 'unit', problem: 'is missing; a unit chart needs the amount one square stands for' };
  return undefined;
}

function columns(spec: ChartSpec, fallback: [string, string, string]): [string, string, string] {
  const [a = fallback[0], b = fallback[1], c = fallback[2]] = spec.columns ?? [];
  return [a, b, c];
}

/** Draws a figure; the content check has made sure `specProblem` is undefined for it. */
export function buildFigure(spec: ChartSpec, data: Dataset): Figure {
  const problem = specProblem(spec, data);
  if (problem) throw new Error(`chart ${spec.name}: ${problem.field} ${problem.problem}`);
  const text = { id: `chart-${spec.name}`, title: spec.title, description: spec.description };
  const base = { spec, sources: data.source, values: 'euro' as const };
  switch (data.dataset) {
    case 'table': {
      const stacked = tableToStacked(data);
      return { ...base, svg: stackedBars(stacked, text), table: stackedBarsTable(stacked) };
    }
    case 'groups': {
      const items = groupToBars(data.groups.find((g) => g.key === spec.group)!);
      return { ...base, svg: horizontalBars(items, text), table: horizontalBarsTable(items, columns(spec, ['Actie', 'Bedrag (euro)', 'Toelichting'])) };
    }
    case 'cost-items': {
      const grouped = costsByGroup(data.items, data.themes);
      const [group, , note] = columns(spec, ['Thema', '', 'Niet in de balken']);
      return {
        ...base,
        svg: groupedBars(grouped, text),
        table: groupedBarsTable(grouped, group, note),
        total: costTotalLine(sumKnownCosts(data.items), { one: 'voorstel', many: 'voorstellen' }),
      };
    }
    case 'amounts': {
      const items = amountsToUnits(data);
      return { ...base, svg: unitChart(items, { ...text, unit: spec.unit! }), table: unitChartTable(items, columns(spec, ['Bedrag', 'Euro', 'Toelichting'])) };
    }
    case 'vote': {
      const vote = voteToSeats(data);
      const labels = { forLabel: 'Voor', otherLabel: 'Niet voor' };
      return {
        ...base,
        values: 'count',
        svg: seats(vote, { ...text, ...labels, majorityLabel: `Meerderheid: ${vote.majority} van ${vote.totalSeats}`, seatsWord: 'zetels' }),
        table: seatsTable(vote, columns(spec, ['Partij', 'Zetels', 'Stem']), labels.forLabel, labels.otherLabel),
      };
    }
  }
}
