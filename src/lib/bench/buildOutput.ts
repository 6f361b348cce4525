// Reads what `node scripts/build.ts` prints: the `[kamerdossier] <stage>: <ms> ms` lines and the counts after them.

export interface BuildOutput {
  /** Milliseconds per stage, in the order the build printed them: content check, astro, pagefind, service worker, … */
  stages: Record<string, number>;
  counts?: { documents: number; timeline: number; glossary: number };
  searchPages?: number;
  precache?: { files: number; megabytes: number };
  /** Only when the build prints the line of ogImageStats(). */
  shareImages?: { rendered: number; cached: number };
}

const PREFIX = /^\[kamerdossier\] /;

export function parseBuildOutput(output: string): BuildOutput {
  const result: BuildOutput = { stages: {} };
  for (const raw of output.split('\n')) {
    const line = raw.trim();
    if (!PREFIX.test(line)) continue;
    const text = line.replace(PREFIX, '');
    let match = /^([^:]+): (\d+) ms$/.exec(text);
    if (match) {
      result.stages[match[1]!] = Number(match[2]);
      continue;
    }
    match = /: (\d+) documents, (\d+) timeline entries, (\d+) terms$/.exec(text);
    if (match) {
      result.counts = { documents: Number(match[1]), timeline: Number(match[2]), glossary: Number(match[3]) };
      continue;
    }
    match = /^search index: (\d+) pages$/.exec(text);
    if (match) {
      result.searchPages = Number(match[1]);
      continue;
    }
    match = /precaches (\d+) files, ([\d.]+) MB/.exec(text);
    if (match) {
      result.precache = { files: Number(match[1]), megabytes: Number(match[2]) };
      continue;
    }
    match = /^share images: (\d+) rendered, (\d+) from cache$/.exec(text);
    if (match) result.shareImages = { rendered: Number(match[1]), cached: Number(match[2]) };
  }
  return result;
}
