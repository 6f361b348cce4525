// `site.yaml` at the content root: the words that make a dossier's site its own.
import { z } from 'astro/zod';

export const siteSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  /** Short text on the home page, in Markdown. */
  intro: z.string().min(1),
});

export type SiteData = z.output<typeof siteSchema>;
