// `site.yaml` at the content root: the words that make a dossier's site its own.
import { z } from 'astro/zod';

export const siteSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  /** Short text on the home page, in Markdown. */
  intro: z.string().min(1),
  /** Threads that group timeline entries: slug -> label shown to readers. */
  threads: z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'thread slugs are lower-case words joined by hyphens'), z.string().min(1)).default({}),
  /** The home page's story: 5 to 7 steps, each a short text leading to a timeline entry. */
  story: z.array(z.strictObject({ entry: z.string().min(1), text: z.string().min(1) })).default([]),
  /** The file (relative to the content root) that lists the outside facts a timeline entry may quote by URL. */
  factsFile: z.string().min(1).optional(),
  /** The quick exit: a neutral site that replaces this one at once. */
  quickExit: z.strictObject({ url: z.url({ protocol: /^https$/ }), label: z.string().min(1) }),
});

export type SiteData = z.output<typeof siteSchema>;
