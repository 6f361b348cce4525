// Reads a data file: strict YAML, no numbers with dots, the schema of its `dataset` kind; errors name the file and field.
import { readFileSync } from 'node:fs';
import { ContentError, ContentErrors, issuesToErrors } from '../contentErrors.ts';
import { displayPath } from '../contentRoot.ts';
import { parseYamlStrict } from '../frontmatter.ts';
import { DATASET_SCHEMAS, type Dataset, type DatasetKind } from '../../schemas/data.ts';
import { amountHelp } from './amounts.ts';
import { numbersWithDots } from './yamlNumbers.ts';

type DatasetOf<K extends DatasetKind> = Extract<Dataset, { dataset: K }>;

const KINDS = Object.keys(DATASET_SCHEMAS) as DatasetKind[];

function isKind(value: unknown): value is DatasetKind {
  return typeof value === 'string' && (KINDS as string[]).includes(value);
}

/** Parses the text of a data file; `file` is the name used in messages. Throws ContentErrors. */
export function parseDataset(yamlText: string, file: string): Dataset {
  let raw: Record<string, unknown>;
  try {
    raw = parseYamlStrict(yamlText, file);
  } catch (error) {
    if (error instanceof ContentError) throw new ContentErrors([error]);
    throw error;
  }
  const kind = raw.dataset;
  if (!isKind(kind)) {
    const problem = kind === undefined ? 'is missing; say which kind of data this is' : 'has a value that is not allowed';
    throw new ContentErrors([new ContentError(file, 'dataset', `${problem}; use one of: ${KINDS.join(', ')}`)]);
  }
  // YAML reads `350.000` as the number 350, which the schema cannot tell from a real 350: catch it on the text.
  const dotted = numbersWithDots(yamlText).map(
    (n) => new ContentError(file, n.path, `is written ${n.written}, which YAML reads as ${n.value}; ${amountHelp(n.written)}`),
  );
  const parsed = DATASET_SCHEMAS[kind].safeParse(raw);
  const schemaErrors = parsed.success ? [] : issuesToErrors(file, parsed.error.issues, raw);
  const errors = [...dotted, ...schemaErrors.filter((e) => !dotted.some((d) => d.field === e.field))];
  if (errors.length > 0 || !parsed.success) throw new ContentErrors(errors);
  return parsed.data;
}

/** Like parseDataset, and the file must hold the given kind. */
export function parseDatasetAs<K extends DatasetKind>(kind: K, yamlText: string, file: string): DatasetOf<K> {
  const data = parseDataset(yamlText, file);
  if (data.dataset !== kind) {
    throw new ContentErrors([new ContentError(file, 'dataset', `is "${data.dataset}", but this file is read as "${kind}" data`)]);
  }
  return data as DatasetOf<K>;
}

/** Reads and parses a data file from disk. */
export function loadDataset<K extends DatasetKind>(kind: K, path: string): DatasetOf<K> {
  return parseDatasetAs(kind, readFileSync(path, 'utf8'), displayPath(path));
}
