// The collections of a dossier: folder under the content root, file pattern and schema, in one table.
import type { z } from 'astro/zod';
import { documentSchema } from './document.ts';
import { glossarySchema } from './glossary.ts';
import { pageSchema } from './page.ts';
import { timelineSchema } from './timeline.ts';

export interface CollectionSpec<S extends z.ZodType = z.ZodType> {
  dir: string;
  extensions: readonly string[];
  schema: S;
}

export const COLLECTIONS = {
  documents: { dir: 'documents', extensions: ['.md', '.mdx'], schema: documentSchema },
  glossary: { dir: 'glossary', extensions: ['.md'], schema: glossarySchema },
  timeline: { dir: 'timeline', extensions: ['.md'], schema: timelineSchema },
  pages: { dir: 'pages', extensions: ['.md', '.mdx'], schema: pageSchema },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;

/** The glob pattern Astro's loader uses for a collection. */
export function collectionPattern(spec: CollectionSpec): string {
  const exts = spec.extensions.map((e) => e.slice(1));
  return exts.length === 1 ? `**/*.${exts[0]}` : `**/*.{${exts.join(',')}}`;
}
