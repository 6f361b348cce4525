// All data files of a dossier (`data/*.yaml`): loaded, checked against their totals and each other, errors reported at once.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ContentError, ContentErrors } from '../contentErrors.ts';
import { displayPath } from '../contentRoot.ts';
import type { Dataset } from '../../schemas/data.ts';
import { checkDataset, checkGroupsAgainstTable } from './checks.ts';
import { parseDataset } from './load.ts';

export interface DataDir {
  /** By file name without `.yaml`, in file-name order. */
  datasets: Map<string, Dataset>;
  /** What the checks could not check, and what they checked instead: for the build log. */
  notes: string[];
}

/** Loads and checks every `.yaml` file in `dir`; a missing directory is an empty one. Throws ContentErrors. */
export function loadDataDir(dir: string): DataDir {
  const datasets = new Map<string, Dataset>();
  const paths = new Map<string, string>();
  const errors: ContentError[] = [];
  const notes: string[] = [];
  const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : [];
  for (const name of names) {
    const file = displayPath(join(dir, name));
    try {
      const data = parseDataset(readFileSync(join(dir, name), 'utf8'), file);
      datasets.set(basename(name, '.yaml'), data);
      paths.set(basename(name, '.yaml'), file);
      const report = checkDataset(file, data);
      errors.push(...report.errors);
      notes.push(...report.notes);
    } catch (error) {
      if (!(error instanceof ContentErrors)) throw error;
      errors.push(...error.errors);
    }
  }
  for (const [name, data] of datasets) {
    if (data.dataset !== 'groups' || data.table === undefined) continue;
    const file = paths.get(name) ?? name;
    const table = datasets.get(data.table);
    if (table?.dataset !== 'table') {
      errors.push(new ContentError(file, 'table', `"${data.table}" is not a table data file in ${displayPath(dir)}; give the file name without .yaml`));
      continue;
    }
    const report = checkGroupsAgainstTable(file, data, paths.get(data.table) ?? data.table, table);
    errors.push(...report.errors);
    notes.push(...report.notes);
  }
  if (errors.length > 0) throw new ContentErrors(errors);
  return { datasets, notes };
}
