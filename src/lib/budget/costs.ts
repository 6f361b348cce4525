// Totals over items with estimated costs: known amounts per kind, and a count of the items whose cost is unknown.
import type { CostItem } from '../../schemas/data.ts';

export interface CostTotals {
  incidenteel: number;
  structureel: number;
  /** Amounts the source gives without saying whether they are one-off or recurring. */
  unspecified: number;
  /** Items whose cost is not known yet: never counted as zero. */
  unknownCount: number;
  /** Items the source says cost nothing extra. */
  noCostCount: number;
  /** Items for which the source says a cost does not apply. */
  notApplicableCount: number;
  /** Items that also carry a second estimate, which the totals leave out: the first estimate counts. */
  alternativeCount: number;
  itemCount: number;
}

type Costed = Pick<CostItem, 'cost' | 'alternativeCost'>;

const empty = (): CostTotals => ({
  incidenteel: 0,
  structureel: 0,
  unspecified: 0,
  unknownCount: 0,
  noCostCount: 0,
  notApplicableCount: 0,
  alternativeCount: 0,
  itemCount: 0,
});

function add(totals: CostTotals, item: Costed): void {
  const { cost } = item;
  totals.itemCount += 1;
  if (item.alternativeCost) totals.alternativeCount += 1;
  if (cost.status === 'geen') totals.noCostCount += 1;
  else if (cost.status === 'nvt') totals.notApplicableCount += 1;
  else if (cost.status !== undefined) totals.unknownCount += 1;
  totals.incidenteel += cost.incidenteel ?? 0;
  totals.structureel += cost.structureel ?? 0;
  totals.unspecified += cost.unspecified ?? 0;
}

/** Sums the known costs; a total over these items reads "plus N with unknown cost", never as if those were zero. */
export function sumKnownCosts(items: readonly Costed[]): CostTotals {
  const totals = empty();
  for (const item of items) add(totals, item);
  return totals;
}

/** sumKnownCosts per group, in the order of `order` (groups without items get zero totals and counts). */
export function sumKnownCostsBy<T extends Costed>(items: readonly T[], groupOf: (item: T) => string, order: readonly string[]): Map<string, CostTotals> {
  const totals = new Map<string, CostTotals>(order.map((key) => [key, empty()]));
  for (const item of items) {
    const key = groupOf(item);
    const group = totals.get(key) ?? empty();
    add(group, item);
    totals.set(key, group);
  }
  return totals;
}
