// Content collections, read from the content root (CONTENT_DIR, default content/).
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { COLLECTIONS, collectionPattern } from './schemas/collections.ts';
import { contentRoot } from './lib/contentRoot.ts';
import { strictGlob } from './lib/strictGlobLoader.ts';

const root = contentRoot();

export const collections = {
  documents: defineCollection({
    loader: strictGlob(join(root, COLLECTIONS.documents.dir), collectionPattern(COLLECTIONS.documents)),
    schema: COLLECTIONS.documents.schema,
  }),
  glossary: defineCollection({
    loader: strictGlob(join(root, COLLECTIONS.glossary.dir), collectionPattern(COLLECTIONS.glossary)),
    schema: COLLECTIONS.glossary.schema,
  }),
};
