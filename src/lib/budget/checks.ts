// Sum checks on data files: rows against stated totals, items against their group's totals, seats against the whole.
import { ContentError, ContentErrors } from '../contentErrors.ts';
import { formatEuro } from '../money.ts';
import type { Dataset, GroupsData, TableData, VoteData } from '../../schemas/data.ts';

export interface CheckReport {
  errors: ContentError[];
  /** What could not be checked, and what was checked instead: for the build log, not errors. */
  notes: string[];
}

const sumOf = (values: readonly (number | null)[]): number => values.reduce<number>((total, v) => total + (v ?? 0), 0);

function mismatch(what: string, counted: string, got: number, stated: string, expected: number): string {
  return `${what}: ${counted} ${formatEuro(got)}, ${stated} ${formatEuro(expected)} (difference ${formatEuro(Math.abs(got - expected))})`;
}

/** Each period's rows add up to the stated total; a null row is "no amount" and adds nothing. */
export function checkTable(file: string, data: TableData): CheckReport {
  const report: CheckReport = { errors: [], notes: [] };
  for (const period of data.periods) {
    const stated = data.total.amounts[period] ?? null;
    const counted = sumOf(data.rows.map((row) => row.amounts[period] ?? null));
    if (stated === null) {
      report.notes.push(`${file}: row "${data.total.label}" ${period}: no stated total, so the rows (${formatEuro(counted)}) are not checked`);
    } else if (counted !== stated) {
      const what = `row "${data.total.label}" ${period}`;
      report.errors.push(new ContentError(file, undefined, mismatch(what, 'the rows add up to', counted, 'the stated total is', stated)));
    }
  }
  return report;
}

type Group = GroupsData['groups'][number];

/** Amount of the group's items in one period; only items whose periods are known. */
function knownInPeriod(group: Group, period: string): number {
  return group.items.reduce((total, item) => total + sumOf(item.amounts.filter((_, k) => item.periods?.[k] === period)), 0);
}

/**
 * Items add up to their group's stated totals per period. When some item's period is not known, the
 * per-period totals cannot be checked: then the items with a known period may not exceed a period's
 * total, and all items together must match the total over all periods; a note says so.
 */
export function checkGroups(file: string, data: GroupsData): CheckReport {
  const report: CheckReport = { errors: [], notes: [] };
  for (const group of data.groups) {
    const unknown = group.items.filter((item) => item.periods === null).length;
    const what = (period: string): string => `group "${group.label}" ${period}`;
    for (const period of data.periods) {
      const stated = group.statedTotals[period] ?? null;
      const counted = knownInPeriod(group, period);
      if (stated === null) {
        if (unknown === 0 && counted > 0) {
          report.errors.push(new ContentError(file, undefined, `${what(period)}: the items add up to ${formatEuro(counted)}, but the source states no total for ${period}`));
        }
      } else if (unknown === 0 && counted !== stated) {
        report.errors.push(new ContentError(file, undefined, mismatch(what(period), 'the items add up to', counted, 'the stated total is', stated)));
      } else if (unknown > 0 && counted > stated) {
        report.errors.push(
          new ContentError(file, undefined, mismatch(what(period), 'the items with a known period already add up to', counted, 'more than the stated total', stated)),
        );
      }
    }
    if (unknown === 0) continue;
    const all = sumOf(group.items.flatMap((item) => item.amounts));
    const stated = sumOf(data.periods.map((p) => group.statedTotals[p] ?? null));
    if (all !== stated) {
      report.errors.push(
        new ContentError(file, undefined, mismatch(what('all periods'), 'the items add up to', all, 'the stated totals add up to', stated)),
      );
    }
    report.notes.push(
      `${file}: group "${group.label}": ${unknown === 1 ? '1 item has' : `${unknown} items have`} no known period, so the totals per period cannot be checked; ` +
        `checked the total over all periods (${formatEuro(stated)}) instead`,
    );
  }
  return report;
}

/** Groups that name a table row state the same totals as that row; "no amount" (null) and 0 count as equal, with a note. */
export function checkGroupsAgainstTable(groupsFile: string, groups: GroupsData, tableFile: string, table: TableData): CheckReport {
  const report: CheckReport = { errors: [], notes: [] };
  groups.groups.forEach((group, g) => {
    if (group.tableRow === undefined) return;
    const row = table.rows.find((r) => r.key === group.tableRow);
    if (!row) {
      report.errors.push(new ContentError(groupsFile, `groups.${g}.tableRow`, `"${group.tableRow}" is not a row key in ${tableFile}`));
      return;
    }
    for (const period of groups.periods) {
      const own = group.statedTotals[period] ?? null;
      const theirs = row.amounts[period] ?? null;
      const what = `group "${group.label}" ${period}`;
      if ((own ?? 0) !== (theirs ?? 0)) {
        const message = mismatch(what, 'the stated total is', own ?? 0, `row "${row.key}" of ${tableFile} gives`, theirs ?? 0);
        report.errors.push(new ContentError(groupsFile, undefined, message));
      } else if (own !== theirs) {
        report.notes.push(`${groupsFile}: ${what}: one source writes 0, ${own === null ? 'this group' : `row "${row.key}" of ${tableFile}`} gives no amount (-); both mean no amount`);
      }
    }
  });
  return report;
}

/** The parties' seats make up the whole house, the majority is more than half, and a stated "voor" total matches. */
export function checkVote(file: string, data: VoteData): CheckReport {
  const report: CheckReport = { errors: [], notes: [] };
  const seats = data.parties.reduce((total, p) => total + p.seats, 0);
  if (seats !== data.totalSeats) {
    report.errors.push(new ContentError(file, 'parties', `the seats add up to ${seats}, totalSeats is ${data.totalSeats} (difference ${Math.abs(seats - data.totalSeats)})`));
  }
  const majority = Math.floor(data.totalSeats / 2) + 1;
  if (data.majority !== majority) {
    report.errors.push(new ContentError(file, 'majority', `is ${data.majority}, but more than half of ${data.totalSeats} seats is ${majority}`));
  }
  const forSeats = data.parties.filter((p) => p.vote === 'voor').reduce((total, p) => total + p.seats, 0);
  if (data.statedForSeats && forSeats !== data.statedForSeats.seats) {
    report.errors.push(
      new ContentError(file, 'statedForSeats.seats', `is ${data.statedForSeats.seats}, but the parties that voted "voor" have ${forSeats} seats (difference ${Math.abs(forSeats - data.statedForSeats.seats)})`),
    );
  }
  return report;
}

/** The checks that apply to a data file of any kind. */
export function checkDataset(file: string, data: Dataset): CheckReport {
  if (data.dataset === 'table') return checkTable(file, data);
  if (data.dataset === 'groups') return checkGroups(file, data);
  if (data.dataset === 'vote') return checkVote(file, data);
  return { errors: [], notes: [] };
}

/** Throws all errors of the reports at once. */
export function assertChecks(...reports: CheckReport[]): void {
  const errors = reports.flatMap((r) => r.errors);
  if (errors.length > 0) throw new ContentErrors(errors);
}
