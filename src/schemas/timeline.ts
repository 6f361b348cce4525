// The `timeline` collection: one event per file, resting on verbatim quotes from its sources.
import { z } from 'astro/zod';
import { dateField, dateQualifierField, httpsUrlField, slugField, withQualifier } from './common.ts';

/** A quote from a document of the dossier, or from an outside page listed in the dossier's facts file. */
const sourceField = z
  .strictObject({
    document: slugField.optional(),
    url: httpsUrlField.optional(),
    quote: z.string().min(1),
  })
  .refine((s) => (s.document === undefined) !== (s.url === undefined), {
    message: 'give either "document" (a document slug) or "url" (an outside source), not both or neither',
  });

export const timelineSchema = z
  .strictObject({
    title: z.string().min(1),
    slug: slugField,
    date: dateField,
    dateQualifier: dateQualifierField.optional(),
    dateNote: z.string().optional(),
    /** Documents the entry rests on besides those it quotes. */
    documents: z.array(slugField).default([]),
    threads: z.array(slugField).min(1, 'name at least one thread from site.yaml'),
    sources: z.array(sourceField).min(1, 'give at least one source with a verbatim quote'),
    /** Charts (names from charts.yaml) shown with the entry. */
    charts: z.array(slugField).default([]),
  })
  .transform(withQualifier);

export type TimelineData = z.output<typeof timelineSchema>;
export type TimelineSource = TimelineData['sources'][number];
