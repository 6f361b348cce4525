// The `documents` collection: one parliamentary document per Markdown/MDX file.
import { z } from 'astro/zod';
import { DOSSIER_PATTERN, VERGADERJAAR_PATTERN } from '../lib/kamerstuk.ts';
import { dateField, dateQualifierField, httpsUrlField, slugField, withQualifier } from './common.ts';

export const DOCUMENT_TYPES = [
  'amendement',
  'brief',
  'motie',
  'verslag',
  'verslag schriftelijk overleg',
  'inbreng schriftelijk overleg',
  'stemmingsuitslag',
  'wetsvoorstel',
  'nota',
  'handelingen',
] as const;

const kamerstukField = z.strictObject({
  dossier: z.string().regex(DOSSIER_PATTERN, 'must look like "28 638" or "36 800 VI"'),
  nummer: z.number().int().positive().optional(),
  vergaderjaar: z
    .string()
    .regex(VERGADERJAAR_PATTERN, 'must look like "2023–2024" (two years with an en dash)')
    .refine((v) => {
      const m = VERGADERJAAR_PATTERN.exec(v);
      return m !== null && Number(m[2]) === Number(m[1]) + 1;
    }, 'must be two consecutive years, e.g. "2023–2024"')
    .optional(),
});

const summaryField = z.string().superRefine((text, ctx) => {
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  if (words < 80 || words > 200) {
    ctx.addIssue({ code: 'custom', message: `has ${words} words; write 80 to 200 words of plain Dutch (B1)` });
  }
});

export const documentSchema = z
  .strictObject({
    title: z.string().min(1),
    slug: slugField,
    type: z.enum(DOCUMENT_TYPES),
    kamerstuk: kamerstukField.optional(),
    date: dateField,
    dateQualifier: dateQualifierField.optional(),
    dateNote: z.string().optional(),
    sender: z.string().min(1),
    sourceUrl: httpsUrlField.optional(),
    summary: summaryField,
    sourceFile: z.string().min(1),
    /** Charts (names from charts.yaml) shown with the document. */
    charts: z.array(slugField).default([]),
  })
  .transform(withQualifier);

export type DocumentData = z.output<typeof documentSchema>;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
