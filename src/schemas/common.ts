// Field schemas shared by the collections: slugs, dates with a precision, https URLs.
import { z } from 'astro/zod';
import { parseDossierDate, type DossierDate } from '../lib/dates.ts';

export const slugField = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens, e.g. "brief-kosten-extra-acties"');

/** `2024-02-02`, `2024-02`, `2024` or `unknown`; impossible calendar dates are rejected. */
export const dateField = z.union([z.string(), z.number()]).transform((value, ctx): DossierDate => {
  const parsed = parseDossierDate(value);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  }
  return parsed.date;
});

export const dateQualifierField = z.enum(['approximately', 'before', 'after']);

export const httpsUrlField = z.url({ protocol: /^https$/, error: 'must be a full https:// address' });

/** Merges the optional `dateQualifier` into the parsed `date`. */
export function withQualifier<T extends { date: DossierDate; dateQualifier?: DossierDate['qualifier'] }>(
  entry: T,
): Omit<T, 'dateQualifier'> {
  const { dateQualifier, ...rest } = entry;
  return dateQualifier ? { ...rest, date: { ...entry.date, qualifier: dateQualifier } } : rest;
}
