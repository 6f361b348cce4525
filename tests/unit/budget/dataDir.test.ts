import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../../src/lib/budget/dataDir.ts';
import { ContentErrors } from '../../../src/lib/contentErrors.ts';
import { displayPath } from '../../../src/lib/contentRoot.ts';

const fixtures = 'tests/fixtures/data';

function dirWith(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'data-'));
  for (const name of files) copyFileSync(join(fixtures, `${name}.yaml`), join(dir, `${name}.yaml`));
  return dir;
}

function errorsOf(dir: string): string[] {
  try {
    loadDataDir(dir);
  } catch (error) {
    if (error instanceof ContentErrors) return error.errors.map((e) => e.message);
    throw error;
  }
  throw new Error('expected the data to be refused');
}

describe('loadDataDir', () => {
  it('loads and checks every data file, and the groups against their table', () => {
    const dir = dirWith(['valid-table', 'valid-groups', 'valid-cost-items', 'valid-amounts', 'valid-vote']);
    const { datasets, notes } = loadDataDir(dir);
    expect([...datasets.keys()]).toEqual(['valid-amounts', 'valid-cost-items', 'valid-groups', 'valid-table', 'valid-vote']);
    expect(notes).toHaveLength(2);
    expect(notes[1]).toContain('row "b" of');
  });

  it('reports the errors of all files at once', () => {
    const dir = dirWith(['bad-sum-table', 'bad-negative', 'valid-groups']);
    const groups = displayPath(join(dir, 'valid-groups.yaml'));
    expect(errorsOf(dir)).toEqual([
      `${displayPath(join(dir, 'bad-negative.yaml'))}: field "rows.0.amounts.2031": is negative (-5); an amount cannot be below zero`,
      `${displayPath(join(dir, 'bad-sum-table.yaml'))}: row "Totaal" 2031: the rows add up to €\u00a01.900.000, the stated total is €\u00a02.000.000 (difference €\u00a0100.000)`,
      `${groups}: field "table": "valid-table" is not a table data file in ${displayPath(dir)}; give the file name without .yaml`,
    ]);
  });

  it('treats a missing directory as empty', () => {
    expect(loadDataDir(join(tmpdir(), 'does-not-exist-data')).datasets.size).toBe(0);
  });

  it('loads the real content/data', () => {
    const { datasets } = loadDataDir('content/data');
    expect([...datasets.keys()]).toEqual(['actielijnen', 'actieplan-overzicht', 'bedragen-in-context', 'stemming-grinwis', 'voorstellen']);
  });
});
