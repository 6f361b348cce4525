// Copies the small fixture dossier to a temporary content root, optionally with extra files, for error tests.
import { cpSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './buildSite.ts';

export const fixturesDir = join(projectRoot, 'tests/fixtures');

/** A fresh copy of tests/fixtures/mini-dossier with `bad-input/<name>.md` added as documents/<name>.md. */
export function dossierWithBadDocument(name: string): string {
  const root = mkdtempSync(join(tmpdir(), `kamerdossier-${name}-`));
  cpSync(join(fixturesDir, 'mini-dossier'), root, { recursive: true });
  writeFileSync(join(root, 'documents', `${name}.md`), readFileSync(join(fixturesDir, 'bad-input', `${name}.md`)));
  return root;
}
