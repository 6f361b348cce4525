// Runs the real `npm run build` script (content check + Astro) in a child process with its own environment.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Far above the slowest build of the test dossiers (the real site takes under a minute). */
const BUILD_TIMEOUT_MS = 10 * 60_000;

export interface BuildResult {
  status: number | null;
  output: string;
}

/** The parent's environment without what Vitest sets for its own Vite (BASE_URL, NODE_ENV=test, VITEST_*). */
function cleanEnv(): NodeJS.ProcessEnv {
  const skip = /^(VITEST|VITE_|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$)/;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !skip.test(key)));
}

export function buildSite(env: { CONTENT_DIR?: string; OUT_DIR: string; BASE_PATH?: string; SITE_URL?: string }): BuildResult {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: projectRoot,
    env: { ...cleanEnv(), ...env, CI: 'true' },
    encoding: 'utf8',
    // A build that hangs (a deadlock in a native dependency) fails its test instead of running into CI's time limit.
    timeout: BUILD_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  const timedOut = result.error && 'code' in result.error && result.error.code === 'ETIMEDOUT';
  const note = timedOut ? `\n[buildSite] the build did not end within ${BUILD_TIMEOUT_MS / 1000} s and was stopped` : '';
  return { status: result.status, output: `${result.stdout}\n${result.stderr}${note}` };
}
