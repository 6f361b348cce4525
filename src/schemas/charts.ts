// `charts.yaml` at the content root: each chart's words, and the data file it is drawn from.
import { z } from 'astro/zod';
import { slugField } from './common.ts';

const text = z.string().min(1);

export const CHART_KINDS = ['stacked', 'bars', 'costs', 'units', 'seats'] as const;

export const chartSpecSchema = z.strictObject({
  /** Used in ids, in `charts:` of documents and timeline entries, and as the CSV name: /data/<name>.csv. */
  name: slugField,
  /** stacked: a table per period; bars: the items of one group; costs: cost items per group; units: labelled amounts; seats: a vote. */
  kind: z.enum(CHART_KINDS),
  /** The data file, without `.yaml`. */
  dataset: slugField,
  /** For `bars`: the key of the group to show. */
  group: z.string().min(1).optional(),
  /** For `units`: the amount one square stands for. */
  unit: z.number().int().positive().optional(),
  title: text,
  description: text,
  caption: text,
  /** What the chart shows, in plain Dutch, on a page that lists charts with their explanation. */
  explanation: text,
  /** Column headings of the table and CSV, e.g. [Actie, Bedrag, Toelichting]; defaults per kind. */
  columns: z.array(text).optional(),
});

export const chartsFileSchema = z.strictObject({
  charts: z.array(chartSpecSchema).min(1),
});

export type ChartSpec = z.output<typeof chartSpecSchema>;
export type ChartsFile = z.output<typeof chartsFileSchema>;
