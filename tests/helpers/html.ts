// Reads pages of a built site for assertions.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';

/** Loads `<dist>/<path>/index.html` (path like `/documenten/x/`). */
export function readPage(distDir: string, path: string): cheerio.CheerioAPI {
  const file = join(distDir, path, 'index.html');
  if (!existsSync(file)) throw new Error(`no page at ${path} (${file})`);
  return cheerio.load(readFileSync(file, 'utf8'));
}
