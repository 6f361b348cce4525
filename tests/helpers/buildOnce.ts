// Vitest global setup: builds the real site once per test run into a temporary directory shared by all build tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './buildSite.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'kamerdossier-dist-'));
  const result = buildSite({ OUT_DIR: dir });
  if (result.status !== 0) throw new Error(`The site build failed:\n${result.output}`);
  project.provide('distDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
