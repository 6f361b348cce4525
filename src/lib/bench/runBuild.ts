// Runs the real `node scripts/build.ts` in a child process and measures its wall time and peak memory from outside.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBuildOutput, type BuildOutput } from './buildOutput.ts';
import { sampleMemory } from './processTree.ts';
import type { BuildRun } from './report.ts';

const GNU_TIME = '/usr/bin/time';

export interface BuildResult {
  run: BuildRun;
  parsed: BuildOutput;
  output: string;
}

/**
 * Builds with `env` added to this process's environment (CONTENT_DIR, OUT_DIR), from `projectRoot`. CI=true keeps
 * Astro's log to warnings. When GNU time is installed the build runs under it, for the kernel's exact peak RSS.
 * `onLine` sees each line of output as it comes (progress).
 */
export function runBuild(projectRoot: string, env: Record<string, string>, onLine: (line: string) => void = () => {}): Promise<BuildResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'kamerdossier-bench-time-'));
  const timeFile = join(scratch, 'maxrss');
  const build = [process.execPath, 'scripts/build.ts'];
  const [command, ...args] = existsSync(GNU_TIME) ? [GNU_TIME, '-f', '%M', '-o', timeFile, ...build] : build;
  const loadAverage = loadavg()[0] ?? 0;
  const started = performance.now();
  const child = spawn(command!, args, { cwd: projectRoot, env: { ...process.env, ...env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = sampleMemory(child.pid!);
  let output = '';
  let partial = '';
  const collect = (chunk: Buffer): void => {
    const text = chunk.toString('utf8');
    output += text;
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const wallMs = performance.now() - started;
      const memory = sampler.stop();
      if (partial) onLine(partial);
      const kb = existsSync(timeFile) ? Number.parseInt(readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '', 10) : Number.NaN;
      rmSync(scratch, { recursive: true, force: true });
      const parsed = parseBuildOutput(output);
      resolve({
        run: { wallMs, exitCode, stages: parsed.stages, memory, gnuTimeMaxRssBytes: Number.isFinite(kb) ? kb * 1024 : null, loadAverage },
        parsed,
        output,
      });
    });
  });
}
