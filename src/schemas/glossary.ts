// The `glossary` collection: one term per file; the body is its plain-language definition.
import { z } from 'astro/zod';
import { slugField } from './common.ts';

export const glossarySchema = z.strictObject({
  term: z.string().min(1),
  slug: slugField,
  /** Other forms that count as a use of the term in running text (plural, compound). */
  aliases: z.array(z.string().min(1)).default([]),
});

export type GlossaryData = z.output<typeof glossarySchema>;
