// Content collections, read from the content root (CONTENT_DIR, default content/).
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { COLLECTIONS, collectionPattern, type CollectionSpec } from './schemas/collections.ts';
import { contentRoot } from './lib/contentRoot.ts';
import { strictGlob } from './lib/strictGlobLoader.ts';

const root = contentRoot();
const loader = (spec: CollectionSpec) => strictGlob(join(root, spec.dir), collectionPattern(spec));

export const collections = {
  documents: defineCollection({ loader: loader(COLLECTIONS.documents), schema: COLLECTIONS.documents.schema }),
  glossary: defineCollection({ loader: loader(COLLECTIONS.glossary), schema: COLLECTIONS.glossary.schema }),
  timeline: defineCollection({ loader: loader(COLLECTIONS.timeline), schema: COLLECTIONS.timeline.schema }),
  pages: defineCollection({ loader: loader(COLLECTIONS.pages), schema: COLLECTIONS.pages.schema }),
};
