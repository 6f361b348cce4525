// Editor-facing content errors: one message per mistake, naming the file, the field and the fix.
import type { core } from 'astro/zod';

export class ContentError extends Error {
  readonly file: string;
  readonly field: string | undefined;
  constructor(file: string, field: string | undefined, problem: string) {
    super(field === undefined ? `${file}: ${problem}` : `${file}: field "${field}": ${problem}`);
    this.name = 'ContentError';
    this.file = file;
    this.field = field;
  }
}

/** Several content errors reported at once, so an editor can fix them in one go. */
export class ContentErrors extends Error {
  readonly errors: ContentError[];
  constructor(errors: ContentError[]) {
    super(
      `The content has ${errors.length === 1 ? '1 error' : `${errors.length} errors`}:\n` +
        errors.map((e) => `  - ${e.message}`).join('\n'),
    );
    this.name = 'ContentErrors';
    this.errors = errors;
  }
}

function hasPath(data: unknown, path: readonly PropertyKey[]): boolean {
  let node: unknown = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !(key in node)) return false;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node !== undefined && node !== null;
}

function describeIssue(issue: core.$ZodIssue, raw: unknown): string {
  if (issue.code === 'invalid_type' && !hasPath(raw, issue.path)) {
    return 'is missing; this field is required';
  }
  if (issue.code === 'invalid_value') {
    return `has a value that is not allowed; use one of: ${issue.values.map((v) => String(v)).join(', ')}`;
  }
  if (issue.code === 'invalid_type') return `must be ${issue.expected === 'string' ? 'text' : `a ${issue.expected}`}`;
  return issue.message;
}

/** Turns zod issues into ContentErrors naming the file and the dotted field path. */
export function issuesToErrors(file: string, issues: readonly core.$ZodIssue[], raw: unknown): ContentError[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map(
        (key) => new ContentError(file, path ? `${path}.${key}` : key, 'is not a known field; check its spelling or remove it'),
      );
    }
    return [new ContentError(file, path || undefined, describeIssue(issue, raw))];
  });
}
