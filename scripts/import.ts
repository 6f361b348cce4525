// CLI: node scripts/import.ts <raw.txt> [--out <file.md>] [--force] — writes a new Markdown draft (logic in src/lib/import/cli.ts).
import { runImportCli } from '../src/lib/import/cli.ts';

process.exitCode = runImportCli(process.argv.slice(2), process.env, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
