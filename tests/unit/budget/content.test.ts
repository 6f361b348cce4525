// The real data files of the dossier: they load, their sums match the stated totals, and their sources exist.
import { describe, expect, it } from 'vitest';
import { assertChecks, checkDataset, checkGroupsAgainstTable } from '../../../src/lib/budget/checks.ts';
import { sumKnownCosts, sumKnownCostsBy } from '../../../src/lib/budget/costs.ts';
import { loadDataset } from '../../../src/lib/budget/load.ts';
import { loadDossier } from '../../../src/lib/dossier.ts';
import type { Dataset, DataSource } from '../../../src/schemas/data.ts';

const files = {
  overview: 'content/data/actieplan-overzicht.yaml',
  groups: 'content/data/actielijnen.yaml',
  proposals: 'content/data/voorstellen.yaml',
  context: 'content/data/bedragen-in-context.yaml',
  vote: 'content/data/stemming-grinwis.yaml',
};
const overview = loadDataset('table', files.overview);
const groups = loadDataset('groups', files.groups);
const proposals = loadDataset('cost-items', files.proposals);
const context = loadDataset('amounts', files.context);
const vote = loadDataset('vote', files.vote);

function sourcesOf(data: Dataset): DataSource[] {
  const nested: DataSource[] = [];
  if (data.dataset === 'amounts') {
    for (const item of data.items) nested.push(...item.source, ...(item.alsoStated ?? []).flatMap((a) => a.source));
  }
  if (data.dataset === 'vote') nested.push(...data.seatsSource, ...(data.statedForSeats?.source ?? []));
  return [...data.source, ...nested];
}

describe('the data files in content/data', () => {
  it('pass all sum checks', () => {
    expect(() =>
      assertChecks(
        checkDataset(files.overview, overview),
        checkDataset(files.groups, groups),
        checkDataset(files.vote, vote),
        checkGroupsAgainstTable(files.groups, groups, files.overview, overview),
      ),
    ).not.toThrow();
  });

  it('name only documents that exist in the dossier', () => {
    const slugs = new Set(loadDossier('content').documents.map((d) => d.data.slug));
    const named = [overview, groups, proposals, context, vote].flatMap(sourcesOf).flatMap((s) => (s.document ? [s.document] : []));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((slug) => !slugs.has(slug))).toEqual([]);
  });

  it('hold the action plan: € 2 mln a year, "-" kept as null, 1,05 mln reserved in 2026', () => {
    expect(overview.total.amounts).toEqual({ 2023: 2000000, 2024: 2000000, 2025: 2000000, 2026: 2000000 });
    expect(overview.rows.find((r) => r.key === 'b')?.amounts).toEqual({ 2023: 1700000, 2024: null, 2025: null, 2026: null });
    expect(overview.rows.find((r) => r.key === 'h')?.amounts[2026]).toBe(1050000);
    expect(overview.rows.map((r) => r.kind)).toEqual(['programmakosten', 'no-regrets', 'actielijn', 'actielijn', 'actielijn', 'actielijn', 'actielijn', 'reservering']);
  });

  it('give a year to an action only where the source says which', () => {
    const withYear = groups.groups.flatMap((g) => g.items).filter((i) => i.periods !== null);
    expect(withYear.map((i) => [i.number, i.periods])).toEqual([['3 en 4', ['2024', '2025']]]);
    expect(groups.groups.find((g) => g.key === 'actielijn-5')?.statedTotals).toEqual({ 2023: null, 2024: 100000, 2025: 300000, 2026: 100000 });
  });

  it('hold 33 proposals; unknown costs are counted, not summed as zero', () => {
    expect(proposals.items.map((i) => i.number)).toEqual(Array.from({ length: 33 }, (_, k) => k + 1));
    expect(sumKnownCosts(proposals.items)).toEqual({
      incidenteel: 880000,
      structureel: 1245000,
      unspecified: 209000,
      unknownCount: 7,
      noCostCount: 5,
      notApplicableCount: 5,
      alternativeCount: 1,
      itemCount: 33,
    });
    const byTheme = sumKnownCostsBy(proposals.items, (i) => i.theme, proposals.themes);
    expect([...byTheme].map(([theme, t]) => [theme, t.itemCount, t.unknownCount])).toEqual([
      ['Klantaanpak', 5, 1],
      ['Bescherming van minderjarigen', 2, 1],
      ['Criminele uitbuiting', 1, 0],
      ['Opvang van slachtoffers', 1, 0],
      ['Technologie', 1, 0],
      ['Daderaanpak', 2, 0],
      ['Overige onderwerpen', 7, 0],
      ['Ander beleidsterrein', 14, 5],
    ]);
    const five = proposals.items.find((i) => i.number === 5);
    expect(five?.cost).toMatchObject({ unspecified: 125000 });
    expect(five?.alternativeCost).toMatchObject({ incidenteel: 1000000, approximate: true });
  });

  it('hold the amounts in context, each with its source, and the 125.000 of the SP beside the 500.000', () => {
    const amount = (key: string) => context.items.find((i) => i.key === key);
    expect(amount('amendement-grinwis')?.amount).toBe(2000000);
    expect(amount('amendement-ceder')?.amount).toBe(350000);
    expect(amount('extra-budget-actieplan')?.alsoStated?.[0]?.amount).toBe(125000);
    expect(['onderuitputting-2023', 'onderuitputting-2024', 'onderuitputting-2025'].map((k) => amount(k)?.amount)).toEqual([95000000, 98800000, 86500000]);
    expect(amount('onderuitputting-2025')?.expected).toBe(true);
    for (const item of context.items) expect(item.source.length).toBeGreaterThan(0);
  });

  it('hold the vote: 49 seats voor of 150, 76 needed, nobody recorded as "tegen"', () => {
    const forSeats = vote.parties.filter((p) => p.vote === 'voor').reduce((t, p) => t + p.seats, 0);
    expect(forSeats).toBe(49);
    expect(vote.totalSeats).toBe(150);
    expect(vote.majority).toBe(76);
    expect(vote.parties.some((p) => p.vote === 'tegen')).toBe(false);
  });
});
