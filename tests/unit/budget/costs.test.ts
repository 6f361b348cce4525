import { describe, expect, it } from 'vitest';
import { sumKnownCosts, sumKnownCostsBy } from '../../../src/lib/budget/costs.ts';
import type { CostItem } from '../../../src/schemas/data.ts';

const item = (theme: string, cost: CostItem['cost'], alternativeCost?: CostItem['alternativeCost']) => ({ theme, cost, alternativeCost });

const items = [
  item('A', { incidenteel: 175000 }),
  item('A', { incidenteel: 100000, structureel: 50000 }),
  item('A', { status: 'nog-onbekend' }),
  item('B', { unspecified: 125000 }, { incidenteel: 1000000, approximate: true }),
  item('B', { status: 'geen' }),
  item('B', { status: 'nvt' }),
  item('B', { status: 'nog-niet-bekend' }),
];

describe('sumKnownCosts', () => {
  it('adds the known amounts per kind and counts unknown costs instead of reading them as zero', () => {
    expect(sumKnownCosts(items)).toEqual({
      incidenteel: 275000,
      structureel: 50000,
      unspecified: 125000,
      unknownCount: 2,
      noCostCount: 1,
      notApplicableCount: 1,
      alternativeCount: 1,
      itemCount: 7,
    });
  });

  it('counts the first estimate and only counts an alternative one', () => {
    const totals = sumKnownCosts([items[3]!]);
    expect(totals.incidenteel).toBe(0);
    expect(totals.unspecified).toBe(125000);
    expect(totals.alternativeCount).toBe(1);
  });

  it('of nothing is all zeros', () => {
    expect(sumKnownCosts([]).itemCount).toBe(0);
  });
});

describe('sumKnownCostsBy', () => {
  it('sums per group in the given order, including groups without items', () => {
    const byTheme = sumKnownCostsBy(items, (i) => i.theme, ['B', 'A', 'C']);
    expect([...byTheme.keys()]).toEqual(['B', 'A', 'C']);
    expect(byTheme.get('A')).toMatchObject({ incidenteel: 275000, structureel: 50000, unknownCount: 1 });
    expect(byTheme.get('B')).toMatchObject({ unspecified: 125000, unknownCount: 1, noCostCount: 1, notApplicableCount: 1 });
    expect(byTheme.get('C')).toMatchObject({ itemCount: 0, unknownCount: 0 });
  });
});
