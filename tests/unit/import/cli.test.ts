// The import command run as a process: writes a new draft, refuses to overwrite without --force, explains bad arguments.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importRawText } from '../../../src/lib/import/importRawText.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const fixtureDir = join(repo, 'tests/fixtures/import');
const fixture = join(fixtureDir, '004-stemming-furniture.txt');

function runImport(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(repo, 'scripts/import.ts'), ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: fixtureDir, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scripts/import.ts', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kamerdossier-import-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a new draft, refuses to overwrite it without --force, and overwrites it with --force', () => {
    const out = join(dir, 'draft.md');
    const expected = importRawText(readFileSync(fixture, 'utf8'), { sourceFile: '004-stemming-furniture.txt' });

    const first = runImport([fixture, '--out', out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(`wrote ${out}\n`);
    expect(readFileSync(out, 'utf8')).toBe(expected);

    writeFileSync(out, 'edited by hand\n');
    const second = runImport([fixture, '--out', out]);
    expect(second.code).toBe(1);
    expect(second.stderr).toBe(`error: ${out} already exists and was left unchanged; use --force to overwrite it\n`);
    expect(readFileSync(out, 'utf8')).toBe('edited by hand\n');

    const forced = runImport([fixture, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(expected);
  });

  it('writes to documents/<name>.md under the content root by default and copies nothing', () => {
    mkdirSync(join(dir, 'sources'));
    const raw = join(dir, 'sources', '004_ec96d93191c404e5.txt');
    copyFileSync(fixture, raw);
    const result = runImport([raw], { CONTENT_DIR: dir });
    expect(result.code).toBe(0);
    const draft = join(dir, 'documents', '004_ec96d93191c404e5.md');
    expect(readFileSync(draft, 'utf8')).toContain('sourceFile: "sources/004_ec96d93191c404e5.txt"\n');
    expect(readdirSync(dir).sort()).toEqual(['documents', 'sources']);
    expect(readdirSync(join(dir, 'documents'))).toEqual(['004_ec96d93191c404e5.md']);
    expect(readdirSync(join(dir, 'sources'))).toEqual(['004_ec96d93191c404e5.txt']);
  });

  it('explains its usage on bad arguments and writes nothing', () => {
    for (const args of [[], [fixture, fixture], [fixture, '--out'], [fixture, '--bogus']]) {
      const result = runImport([...args]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^error: .+\nusage: node scripts\/import\.ts <raw\.txt> \[--out <file\.md>\] \[--force\]\n/);
    }
    const missing = runImport([join(dir, 'missing.txt'), '--out', join(dir, 'x.md')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error: cannot read .*missing\.txt/);
    expect(existsSync(join(dir, 'x.md'))).toBe(false);
  });
});
