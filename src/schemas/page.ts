// The `pages` collection: free pages of a dossier (help, about, budget), with optional charts and a place in the menu.
import { z } from 'astro/zod';
import { slugField } from './common.ts';

export const pageSchema = z.strictObject({
  title: z.string().min(1),
  /** The URL: /<slug>/. */
  slug: slugField,
  description: z.string().min(1),
  /** Charts (names from charts.yaml) shown after the text, each with its explanation. */
  charts: z.array(slugField).default([]),
  /** Position in the main menu (lower first); left out: not in the menu. */
  menu: z.number().int().optional(),
});

export type PageData = z.output<typeof pageSchema>;
