// Runs Lighthouse (mobile preset) with Debian's Chromium; installed on demand into an ignored folder, not a dependency.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

export interface LighthousePage {
  path: string;
  /** 0–100 per category; null when Lighthouse could not score it. */
  scores: Record<LighthouseCategory, number | null>;
  /** Audits that cost points, as `category: audit title (score)`. */
  lost: string[];
  /** Lighthouse's own warnings, e.g. about the page or the machine. */
  warnings: string[];
}

interface Lhr {
  lighthouseVersion: string;
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { score: number | null; title: string; displayValue?: string; details?: { items?: { description?: unknown; url?: unknown; sourceLocation?: { url?: unknown } }[] } } | undefined>;
}

/** What an audit found, e.g. the console message or the URL, so that a lost point can be acted on. */
function findings(audit: NonNullable<Lhr['audits'][string]>): string {
  const items = (audit.details?.items ?? [])
    .map((item) => [item.description, item.url ?? item.sourceLocation?.url].filter((v): v is string => typeof v === 'string' && v !== '').join(' '))
    .filter(Boolean)
    .slice(0, 3);
  return items.length > 0 ? `: ${items.join('; ')}` : '';
}

type RunLighthouse = (url: string, flags: Record<string, unknown>) => Promise<{ lhr: Lhr } | undefined>;
type LaunchChrome = (options: { chromePath: string; chromeFlags: string[] }) => Promise<{ port: number; kill: () => void | Promise<void> }>;

function packageDir(toolsDir: string, name: string): string {
  return join(toolsDir, 'node_modules', name);
}

/** Installs Lighthouse into `toolsDir` unless it is there; returns its version. */
export function ensureLighthouse(toolsDir: string): string {
  const manifest = join(packageDir(toolsDir, 'lighthouse'), 'package.json');
  if (!existsSync(manifest)) {
    mkdirSync(toolsDir, { recursive: true });
    console.log(`[bench] installing Lighthouse into ${toolsDir} (once; not a dependency of the project)`);
    execFileSync('npm', ['install', '--prefix', toolsDir, '--no-audit', '--no-fund', 'lighthouse'], { stdio: 'inherit' });
  }
  const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
  return typeof parsed === 'object' && parsed !== null && 'version' in parsed ? String(parsed.version) : 'unknown';
}

async function importFunction(file: string, name: string): Promise<unknown> {
  const loaded: unknown = await import(pathToFileURL(file).href);
  if (typeof loaded !== 'object' || loaded === null || !(name in loaded)) throw new Error(`${file} has no export "${name}"`);
  const value: unknown = (loaded as Record<string, unknown>)[name];
  if (typeof value !== 'function') throw new Error(`${file}: "${name}" is not a function`);
  return value;
}

function scoresOf(lhr: Lhr): Pick<LighthousePage, 'scores' | 'lost'> {
  const scores = {} as Record<LighthouseCategory, number | null>;
  const lost: string[] = [];
  for (const category of LIGHTHOUSE_CATEGORIES) {
    const result = lhr.categories[category];
    scores[category] = result?.score === null || result === undefined ? null : Math.round(result.score * 100);
    if (!result || result.score === 1) continue;
    for (const ref of result.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) lost.push(`${category}: ${audit.title}${audit.displayValue ? ` ${audit.displayValue}` : ''} (score ${Math.round(audit.score * 100)})${findings(audit)}`);
    }
  }
  return { scores, lost };
}

/** Runs Lighthouse on each URL, one after the other, in one Chromium started by Lighthouse's chrome-launcher. */
export async function runLighthouse(
  toolsDir: string,
  pages: readonly { path: string; url: string }[],
  chromePath: string,
  chromeFlags: readonly string[],
): Promise<LighthousePage[]> {
  const lighthouse = (await importFunction(join(packageDir(toolsDir, 'lighthouse'), 'core', 'index.js'), 'default')) as RunLighthouse;
  const launch = (await importFunction(join(packageDir(toolsDir, 'chrome-launcher'), 'dist', 'index.js'), 'launch')) as LaunchChrome;
  const chrome = await launch({ chromePath, chromeFlags: [...chromeFlags] });
  try {
    const results: LighthousePage[] = [];
    for (const page of pages) {
      const run = await lighthouse(page.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...LIGHTHOUSE_CATEGORIES] });
      if (!run) throw new Error(`Lighthouse returned nothing for ${page.url}`);
      if (run.lhr.runtimeError) throw new Error(`Lighthouse could not test ${page.url}: ${run.lhr.runtimeError.code} ${run.lhr.runtimeError.message}`);
      results.push({ path: page.path, ...scoresOf(run.lhr), warnings: run.lhr.runWarnings ?? [] });
    }
    return results;
  } finally {
    await chrome.kill();
  }
}
