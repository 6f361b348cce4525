// Writes a synthetic dossier to disk next to copies of the real data, charts, pages and sources, and edits one document.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { parseSourceFile } from '../frontmatter.ts';
import type { Corpus } from './corpus.ts';
import { dossierCounts, generateDossier, type DossierCounts, type GenerateOptions } from './generate.ts';

/** Taken from the real content root as they are: /begroting/ and its charts need the real data. */
export const COPIED_FROM_REAL = ['data', 'charts.yaml', 'pages', 'sources'] as const;

/** Writes the dossier into `root` (created if missing) and returns how many of each it holds. */
export function writeSyntheticDossier(corpus: Corpus, realRoot: string, root: string, options: GenerateOptions): DossierCounts {
  mkdirSync(root, { recursive: true });
  for (const name of COPIED_FROM_REAL) {
    if (existsSync(join(realRoot, name))) cpSync(join(realRoot, name), join(root, name), { recursive: true });
  }
  for (const file of generateDossier(corpus, options)) {
    const path = join(root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  return { ...dossierCounts(options.documents), ...(options.terms === undefined ? {} : { glossary: options.terms }) };
}

/**
 * Changes one document the way an editor would: a new title (which is on its share image) and one more sentence.
 * Returns the display path of the file changed.
 */
export function editDocument(root: string, slug: string): string {
  const path = join(root, 'documents', `${slug}.md`);
  const { data, body } = parseSourceFile(readFileSync(path, 'utf8'), path);
  const edited = { ...data, title: `${String(data.title)} (bijgewerkt)` };
  writeFileSync(path, `---\n${stringify(edited, { lineWidth: 0 })}---\n\n${body.trim()}\n\nDeze alinea is later toegevoegd.\n`);
  return path;
}
