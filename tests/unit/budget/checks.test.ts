import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NBSP } from '../../../src/lib/money.ts';
import { assertChecks, checkDataset, checkGroupsAgainstTable } from '../../../src/lib/budget/checks.ts';
import { loadDataset } from '../../../src/lib/budget/load.ts';
import { ContentErrors } from '../../../src/lib/contentErrors.ts';

const fixture = (name: string): string => join('tests/fixtures/data', `${name}.yaml`);
/** Amounts in messages are written as on the site: € with a non-breaking space. */
const eur = (text: string): string => `€${NBSP}${text}`;

describe('sum checks', () => {
  it('pass on the valid fixtures', () => {
    for (const [kind, name] of [['table', 'valid-table'], ['groups', 'valid-groups'], ['vote', 'valid-vote']] as const) {
      expect(checkDataset(fixture(name), loadDataset(kind, fixture(name))).errors).toEqual([]);
    }
  });

  it('name the file, the total row, the period and the difference when rows do not add up', () => {
    const file = fixture('bad-sum-table');
    const report = checkDataset(file, loadDataset('table', file));
    expect(report.errors.map((e) => e.message)).toEqual([
      `${file}: row "Totaal" 2031: the rows add up to ${eur('1.900.000')}, the stated total is ${eur('2.000.000')} (difference ${eur('100.000')})`,
    ]);
  });

  it('check items per period, and the total over all periods when an item has no known period', () => {
    const file = fixture('bad-sum-groups');
    const report = checkDataset(file, loadDataset('groups', file));
    expect(report.errors.map((e) => e.message)).toEqual([
      `${file}: group "Spoor 1" 2032: the items add up to ${eur('150.000')}, the stated total is ${eur('400.000')} (difference ${eur('250.000')})`,
      `${file}: group "Spoor 2" 2031: the items with a known period already add up to ${eur('80.000')}, more than the stated total ${eur('50.000')} (difference ${eur('30.000')})`,
      `${file}: group "Spoor 2" all periods: the items add up to ${eur('130.000')}, the stated totals add up to ${eur('150.000')} (difference ${eur('20.000')})`,
    ]);
    expect(report.notes).toEqual([
      `${file}: group "Spoor 2": 1 item has no known period, so the totals per period cannot be checked; checked the total over all periods (${eur('150.000')}) instead`,
    ]);
  });

  it('compare a group with the table row that states the same totals; "-" and 0 both mean no amount', () => {
    const groupsFile = fixture('valid-groups');
    const tableFile = fixture('valid-table');
    const groups = loadDataset('groups', groupsFile);
    const table = loadDataset('table', tableFile);
    const report = checkGroupsAgainstTable(groupsFile, groups, tableFile, table);
    expect(report.errors).toEqual([]);
    expect(report.notes).toEqual([
      `${groupsFile}: group "Spoor 1" 2031: one source writes 0, row "b" of ${tableFile} gives no amount (-); both mean no amount`,
    ]);
    const changed = { ...groups, groups: [{ ...groups.groups[0]!, statedTotals: { 2031: 0, 2032: 300000 } }] };
    expect(checkGroupsAgainstTable(groupsFile, changed, tableFile, table).errors.map((e) => e.message)).toEqual([
      `${groupsFile}: group "Spoor 1" 2032: the stated total is ${eur('300.000')}, row "b" of ${tableFile} gives ${eur('400.000')} (difference ${eur('100.000')})`,
    ]);
  });

  it('check the seats of a vote', () => {
    const file = fixture('bad-vote');
    const report = checkDataset(file, loadDataset('vote', file));
    expect(report.errors.map((e) => e.message)).toEqual([
      `${file}: field "parties": the seats add up to 14, totalSeats is 15 (difference 1)`,
      `${file}: field "majority": is 7, but more than half of 15 seats is 8`,
      `${file}: field "statedForSeats.seats": is 7, but the parties that voted "voor" have 6 seats (difference 1)`,
    ]);
  });

  it('assertChecks throws all errors at once', () => {
    const file = fixture('bad-vote');
    expect(() => assertChecks(checkDataset(file, loadDataset('vote', file)))).toThrow(ContentErrors);
    expect(() => assertChecks({ errors: [], notes: ['n'] })).not.toThrow();
  });
});
