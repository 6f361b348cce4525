// Copies the small fixture dossier to a temporary content root, optionally with bad files added, for error tests.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './buildSite.ts';

export const fixturesDir = join(projectRoot, 'tests/fixtures');

/** A fresh copy of tests/fixtures/mini-dossier with each `tests/fixtures/<from>` written to `<root>/<to>`. */
export function miniDossierWith(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'kamerdossier-fixture-'));
  cpSync(join(fixturesDir, 'mini-dossier'), root, { recursive: true });
  for (const [to, from] of Object.entries(files)) writeFileSync(join(root, to), readFileSync(join(fixturesDir, from)));
  return root;
}

/** The fixture dossier with `bad-input/<name>.<ext>` added as documents/<name>.<ext>. */
export function dossierWithBadDocument(name: string, ext = 'md'): string {
  return miniDossierWith({ [`documents/${name}.${ext}`]: `bad-input/${name}.${ext}` });
}
