// Builds the Pagefind search index of a built site through Pagefind's Node API, into <outDir>/pagefind/.
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Where the index goes, under the site's own base path. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** Every page is built as `<path>/index.html`; this leaves out 404.html, a page nobody should land on from a search. */
const PAGES_GLOB = '**/index.html';

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

/** Indexes the pages of `outDir` (each page's `data-pagefind-body`, in the language of its `lang`) and writes the index. */
export async function buildSearchIndex(outDir: string): Promise<{ pages: number }> {
  try {
    const { index, errors } = await pagefind.createIndex();
    check('start', errors);
    if (!index) throw new Error('Pagefind could not start');
    const added = await index.addDirectory({ path: outDir, glob: PAGES_GLOB });
    check(`index ${outDir}`, added.errors);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages in ${outDir}`);
    check('write the index', (await index.writeFiles({ outputPath: join(outDir, SEARCH_BUNDLE_DIR) })).errors);
    return { pages: added.page_count };
  } finally {
    // The index is built in a Pagefind child process; stop it once written instead of leaving it for the rest of the build.
    await pagefind.close();
  }
}
