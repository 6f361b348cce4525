import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentErrors } from '../../../src/lib/contentErrors.ts';
import { loadDataset, parseDataset, parseDatasetAs } from '../../../src/lib/budget/load.ts';

const dir = 'tests/fixtures/data';
const fixture = (name: string): string => join(dir, `${name}.yaml`);

function errorsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentErrors) return error.errors.map((e) => e.message);
    throw error;
  }
  throw new Error('expected the data file to be refused');
}

const loadErrors = (name: string): string[] => errorsOf(() => parseDataset(readFileSync(fixture(name), 'utf8'), fixture(name)));

describe('loading data files', () => {
  it('reads a valid file of each kind into typed data', () => {
    const table = loadDataset('table', fixture('valid-table'));
    expect(table.periods).toEqual(['2031', '2032', '2033']);
    expect(table.rows[1]?.amounts).toEqual({ 2031: null, 2032: 400000, 2033: 0 });
    expect(table.source).toEqual([{ document: 'brief-dijken', passage: 'Bijlage 1, tabel 1' }]);
    const groups = loadDataset('groups', fixture('valid-groups'));
    expect(groups.groups[0]?.items[1]).toMatchObject({ number: '2 en 3', amounts: [0, 250000], periods: ['2031', '2032'] });
    expect(groups.groups[1]?.items[1]).toMatchObject({ periods: null, periodNote: 'jaar niet vermeld in de bron' });
    const costs = loadDataset('cost-items', fixture('valid-cost-items'));
    expect(costs.items[3]?.alternativeCost).toEqual({ incidenteel: 1000000, approximate: true, note: 'naar verwachting circa 1 miljoen' });
    const amounts = loadDataset('amounts', fixture('valid-amounts'));
    expect(amounts.items[1]?.alsoStated?.[0]?.source[0]?.published).toEqual({ iso: '2031-05-01', precision: 'day' });
    const vote = loadDataset('vote', fixture('valid-vote'));
    expect(vote.date).toEqual({ iso: '2031-12-21', precision: 'day' });
  });

  it('refuses an amount written with dots, which YAML reads as text', () => {
    expect(loadErrors('bad-dotted-string')).toEqual([
      `${fixture('bad-dotted-string')}: field "items.0.amount": "1.234.567" is text; write the amount as a whole number of euros without dots, e.g. 1234567`,
    ]);
  });

  it('refuses 350.000, which YAML would silently read as 350', () => {
    expect(loadErrors('bad-dotted-number')).toEqual([
      `${fixture('bad-dotted-number')}: field "items.0.amount": is written 350.000, which YAML reads as 350; write the amount as a whole number of euros without dots, e.g. 350000`,
    ]);
  });

  it('refuses a negative amount', () => {
    expect(loadErrors('bad-negative')).toEqual([
      `${fixture('bad-negative')}: field "rows.0.amounts.2031": is negative (-5); an amount cannot be below zero`,
    ]);
  });

  it('refuses a duplicate key', () => {
    expect(loadErrors('bad-duplicate-key')).toEqual([`${fixture('bad-duplicate-key')}: field "amount": appears twice (line 8); keep one of them`]);
  });

  it('wants every period written, with null for "no amount", and no other periods', () => {
    expect(loadErrors('bad-missing-period')).toEqual([
      `${fixture('bad-missing-period')}: field "rows.0.amounts.2032": is missing; write the amount, or null where the source gives none`,
      `${fixture('bad-missing-period')}: field "rows.0.amounts.2034": is not one of the periods (2031, 2032)`,
    ]);
  });

  it('wants a source with its passage, and a known kind of data', () => {
    const text = 'dataset: amounts\ntitle: T\nsource: { document: brief }\nitems:\n  - { key: a, label: A, amount: 1, source: { url: "https://example.org" } }\n';
    expect(errorsOf(() => parseDataset(text, 'x.yaml'))).toEqual([
      'x.yaml: field "source.passage": is missing; name the table or passage of the document',
      'x.yaml: field "items.0.source.name": is missing; name the source: document (a document slug) with passage, or name (with url where known)',
    ]);
    expect(errorsOf(() => parseDataset('title: T\n', 'x.yaml'))).toEqual([
      'x.yaml: field "dataset": is missing; say which kind of data this is; use one of: table, groups, cost-items, amounts, vote',
    ]);
    expect(errorsOf(() => parseDatasetAs('vote', readFileSync(fixture('valid-table'), 'utf8'), 'x.yaml'))).toEqual([
      'x.yaml: field "dataset": is "table", but this file is read as "vote" data',
    ]);
  });

  it('wants a period for every amount of an item, or null with a note', () => {
    const text =
      'dataset: groups\ntitle: T\nsource: { document: d, passage: p }\nperiods: [2031]\ngroups:\n' +
      '  - key: g\n    label: G\n    statedTotals: { 2031: 2 }\n    items:\n' +
      '      - { number: 1, label: A, amounts: [1, 1], periods: [2031] }\n      - { number: 2, label: B, amounts: [1], periods: null }\n';
    expect(errorsOf(() => parseDataset(text, 'x.yaml'))).toEqual([
      'x.yaml: field "groups.0.items.0.periods": has 1 periods for 2 amounts; give one period per amount, or null',
      'x.yaml: field "groups.0.items.1.periodNote": is missing; say why the period is not known',
    ]);
  });

  it('wants a cost as amounts or a status, not both and not neither, and a known theme', () => {
    const text =
      'dataset: cost-items\ntitle: T\nsource: { document: d, passage: p }\nthemes: [A]\nranks: [{ key: r, label: R }]\nitems:\n' +
      '  - { number: 1, theme: A, rank: r, label: L, costText: x, cost: { status: geen, incidenteel: 5 } }\n' +
      '  - { number: 2, theme: B, rank: r, label: L, costText: x, cost: {} }\n';
    expect(errorsOf(() => parseDataset(text, 'x.yaml'))).toEqual([
      'x.yaml: field "items.0.cost.status": give either a status or amounts, not both',
      'x.yaml: field "items.1.cost": give incidenteel, structureel or unspecified (an amount), or a status: geen, nog-onbekend, nog-niet-bekend, nvt',
      'x.yaml: field "items.1.theme": is not one of the themes: A',
    ]);
  });
});
