// Vitest global setup: builds the real site once per test run into a temporary directory shared by all build tests,
// and once more under the base path /uitleg/ for the tests that must also pass there (search, offline).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './buildSite.ts';

/** The base path of the second build. */
export const TEST_BASE_PATH = '/uitleg/';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    /** The same site built with BASE_PATH=/uitleg/ (TEST_BASE_PATH). */
    distDirUnderBase: string;
  }
}

function buildInto(prefix: string, env: { BASE_PATH?: string } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const result = buildSite({ OUT_DIR: dir, ...env });
  if (result.status !== 0) throw new Error(`The site build${env.BASE_PATH ? ` under ${env.BASE_PATH}` : ''} failed:\n${result.output}`);
  return dir;
}

export default function setup(project: TestProject): () => void {
  const dirs = {
    distDir: buildInto('kamerdossier-dist-'),
    distDirUnderBase: buildInto('kamerdossier-dist-base-', { BASE_PATH: TEST_BASE_PATH }),
  };
  project.provide('distDir', dirs.distDir);
  project.provide('distDirUnderBase', dirs.distDirUnderBase);
  return () => {
    for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true });
  };
}
