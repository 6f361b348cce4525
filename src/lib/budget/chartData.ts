// From data files to chart input: the same numbers for the SVG and for its CSV, with unknowns kept visible.
import type { GroupedBarsData } from '../../charts/groupedBars.ts';
import type { HorizontalBarItem } from '../../charts/horizontalBars.ts';
import type { SeatsData } from '../../charts/seats.ts';
import type { StackedBarsData } from '../../charts/stackedBars.ts';
import type { UnitItem } from '../../charts/unitChart.ts';
import type { AmountsData, CostItem, GroupsData, TableData, VoteData } from '../../schemas/data.ts';
import { sumKnownCostsBy, type CostTotals } from './costs.ts';

/** One series per row, in the table's order; "no amount" stays null. */
export function tableToStacked(table: TableData): StackedBarsData {
  return {
    periods: table.periods,
    series: table.rows.map((row) => ({ label: row.label, kind: row.kind, values: table.periods.map((p) => row.amounts[p] ?? null) })),
  };
}

/** One bar per item with the item's total over all its amounts; the note says when the period is not known. */
export function groupToBars(group: GroupsData['groups'][number]): HorizontalBarItem[] {
  return group.items.map((item) => ({
    label: `${item.number}. ${item.label}`,
    value: item.amounts.reduce((a, b) => a + b, 0),
    ...(item.periodNote ? { note: item.periodNote } : {}),
  }));
}

export const COST_SERIES = ['incidenteel', 'structureel', 'bedrag zonder soort'] as const;

/** The counts a group's bars cannot show, in words: unknown costs first, since they are never zero. */
export function costNote(t: CostTotals): string | undefined {
  const parts = [
    t.unknownCount > 0 ? `+${t.unknownCount} onbekend` : '',
    t.alternativeCount > 0 ? `${t.alternativeCount} met een tweede schatting` : '',
    t.noCostCount > 0 ? `${t.noCostCount} zonder extra kosten` : '',
    t.notApplicableCount > 0 ? `${t.notApplicableCount} n.v.t.` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** Known costs per group (theme): a value only where an item of the group has that kind of amount. */
export function costsByGroup(items: readonly CostItem[], groups: readonly string[]): GroupedBarsData {
  const totals = sumKnownCostsBy(items, (i) => i.theme, groups);
  const has = (group: string, kind: 'incidenteel' | 'structureel' | 'unspecified'): boolean =>
    items.some((i) => i.theme === group && i.cost[kind] !== undefined);
  return {
    series: COST_SERIES.map((label) => ({ label })),
    groups: [...totals].map(([group, t]) => {
      const note = costNote(t);
      return {
        label: group,
        values: [
          has(group, 'incidenteel') ? t.incidenteel : null,
          has(group, 'structureel') ? t.structureel : null,
          has(group, 'unspecified') ? t.unspecified : null,
        ],
        ...(note ? { note } : {}),
      };
    }),
  };
}

/** Labelled amounts as units; "per jaar" and "verwacht" go into the note so no amount reads as more certain than it is. */
export function amountsToUnits(data: AmountsData, seriesOf: (key: string) => number = () => 0): UnitItem[] {
  return data.items.map((item) => {
    const note = [item.per ? `per ${item.per}` : '', item.expected ? 'verwacht' : '', item.approximate ? 'ongeveer' : ''].filter(Boolean).join(', ');
    return { label: item.label, value: item.amount, series: seriesOf(item.key), ...(note ? { note } : {}) };
  });
}

/** Parties in the file's order; only a "voor" vote counts as for. */
export function voteToSeats(vote: VoteData): SeatsData {
  return {
    totalSeats: vote.totalSeats,
    majority: vote.majority,
    parties: vote.parties.map((p) => ({ label: p.name, seats: p.seats, for: p.vote === 'voor' })),
  };
}
