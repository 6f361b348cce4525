import { describe, expect, it } from 'vitest';
import { sumKnownCosts } from '../../src/lib/budget/costs.ts';
import { costTotalLine } from '../../src/lib/figures.ts';

const words = { one: 'voorstel', many: 'voorstellen' };

describe('costTotalLine', () => {
  it('never counts an unknown cost as zero: it names how many are unknown', () => {
    const totals = sumKnownCosts([
      { cost: { incidenteel: 100000 } },
      { cost: { structureel: 50000, incidenteel: 25000 } },
      { cost: { status: 'nog-onbekend' } },
      { cost: { status: 'nog-niet-bekend' } },
      { cost: { status: 'geen' } },
    ]);
    expect(costTotalLine(totals, words)).toBe(`Samen, voor zover bekend: €\u00a0125.000 incidenteel en €\u00a050.000 structureel, plus 2 voorstellen met onbekende kosten.`);
  });

  it('adds amounts without a kind as their own part, and says nothing of unknowns when there are none', () => {
    const totals = sumKnownCosts([{ cost: { unspecified: 9000 } }, { cost: { status: 'nog-onbekend' } }]);
    expect(costTotalLine(totals, words)).toBe(`Samen, voor zover bekend: €\u00a00 incidenteel, €\u00a00 structureel en €\u00a09.000 zonder soort, plus 1 voorstel met onbekende kosten.`);
    expect(costTotalLine(sumKnownCosts([{ cost: { incidenteel: 1 } }]), words)).toBe(`Samen, voor zover bekend: €\u00a01 incidenteel en €\u00a00 structureel.`);
  });
});
