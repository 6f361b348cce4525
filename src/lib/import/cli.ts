// The import command: arguments, default output path under the content root, write-new-or-refuse, messages.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot, displayPath } from '../contentRoot.ts';
import { importRawTextWithReport } from './importRawText.ts';

export const USAGE = `usage: node scripts/import.ts <raw.txt> [--out <file.md>] [--force]
  <raw.txt>         text extracted from a PDF (read only, never copied)
  --out <file.md>   where to write the draft; default <content root>/documents/<name of raw>.md,
                    where the content root is CONTENT_DIR (default "content")
  --force           overwrite the output file when it exists`;

export interface CliOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

interface CliArguments {
  raw: string;
  out: string | undefined;
  force: boolean;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The parsed arguments, `'help'`, or an error message. */
export function parseCliArguments(args: readonly string[]): CliArguments | 'help' | { error: string } {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) return 'help';
    if (positionals.length !== 1) return { error: `expected one raw text file, got ${positionals.length}` };
    if (values.out === '') return { error: '--out needs a file name' };
    return { raw: positionals[0] ?? '', out: values.out, force: values.force };
  } catch (error) {
    return { error: message(error) };
  }
}

/** Runs the import; returns the exit code (0 done, 1 refused or failed, 2 bad arguments). */
export function runImportCli(args: readonly string[], env: NodeJS.ProcessEnv, output: CliOutput): number {
  const parsed = parseCliArguments(args);
  if (parsed === 'help') {
    output.stdout(`${USAGE}\n`);
    return 0;
  }
  if ('error' in parsed) {
    output.stderr(`error: ${parsed.error}\n${USAGE}\n`);
    return 2;
  }
  const rawPath = resolve(parsed.raw);
  const root = contentRoot(env);
  const outPath = resolve(parsed.out ?? join(root, 'documents', `${basename(rawPath, extname(rawPath))}.md`));
  let raw: string;
  try {
    raw = readFileSync(rawPath, 'utf8');
  } catch (error) {
    output.stderr(`error: cannot read ${displayPath(rawPath)}: ${message(error)}\n`);
    return 1;
  }
  const fromRoot = relative(root, rawPath);
  if (fromRoot.startsWith('..') || isAbsolute(fromRoot)) {
    output.stderr(`warning: ${displayPath(rawPath)} is not under the content root ${displayPath(root)}; check sourceFile in the draft\n`);
  }
  const { markdown, warnings } = importRawTextWithReport(raw, { sourceFile: fromRoot.split(sep).join('/') });
  try {
    mkdirSync(dirname(outPath), { recursive: true });
    writeFileSync(outPath, markdown, { encoding: 'utf8', flag: parsed.force ? 'w' : 'wx' });
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') {
      output.stderr(`error: ${displayPath(outPath)} already exists and was left unchanged; use --force to overwrite it\n`);
    } else {
      output.stderr(`error: cannot write ${displayPath(outPath)}: ${message(error)}\n`);
    }
    return 1;
  }
  for (const warning of warnings) output.stderr(`warning: ${warning}\n`);
  output.stdout(`wrote ${displayPath(outPath)}\n`);
  return 0;
}
