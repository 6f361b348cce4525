// Data files under `data/`: tables per period, grouped items, items with costs, labelled amounts and a vote by seats.
import { z } from 'astro/zod';
import { amountHelp, readAmount } from '../lib/budget/amounts.ts';
import { dateField, httpsUrlField, slugField } from './common.ts';

/** Whole euros, zero or more. */
export const amountField = z.unknown().transform((value, ctx): number => {
  const read = readAmount(value, false);
  if (read.ok && read.amount !== null) return read.amount;
  ctx.addIssue({ code: 'custom', message: read.ok ? amountHelp('') : read.error });
  return z.NEVER;
});

/** Whole euros, or null where the source gives no amount (a `-` in a table); null is never read as zero. */
export const optionalAmountField = z.unknown().transform((value, ctx): number | null => {
  const read = readAmount(value, true);
  if (read.ok) return read.amount;
  ctx.addIssue({ code: 'custom', message: read.error });
  return z.NEVER;
});

/** A period heading such as a year; kept as text so it can key a mapping. */
const periodField = z.union([z.string().min(1), z.number().int()]).transform(String);

/** One source, or a list of them: a document of the dossier with the passage, or a public page. */
const sourceField = z
  .strictObject({
    document: slugField.optional(),
    passage: z.string().min(1).optional(),
    quote: z.string().min(1).optional(),
    url: httpsUrlField.optional(),
    name: z.string().min(1).optional(),
    published: dateField.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.document !== undefined && s.url !== undefined) ctx.addIssue({ code: 'custom', path: ['url'], message: 'give either document or url, not both' });
    if (s.document !== undefined && s.passage === undefined) {
      ctx.addIssue({ code: 'custom', path: ['passage'], message: 'is missing; name the table or passage of the document' });
    }
    if (s.document === undefined && s.name === undefined) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'is missing; name the source: document (a document slug) with passage, or name (with url where known)' });
    }
  });
export type DataSource = z.output<typeof sourceField>;

/** `source:` holds one source or a list; the output is always a list. */
export const sourcesField = z.unknown().transform((value, ctx): DataSource[] => {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) {
    ctx.addIssue({ code: 'custom', message: 'is missing; every data file names its source' });
    return z.NEVER;
  }
  const list: unknown[] = Array.isArray(value) ? value : [value];
  const out: DataSource[] = [];
  list.forEach((item, index) => {
    const parsed = sourceField.safeParse(item);
    if (parsed.success) out.push(parsed.data);
    else for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: Array.isArray(value) ? [index, ...issue.path] : issue.path });
  });
  return out;
});

const text = z.string().min(1);
const amountsByPeriod = z.record(z.string(), optionalAmountField);
const base = { title: text, source: sourcesField, unit: text.optional(), notes: z.array(text).optional() };

/** Every period has an entry (null for "no amount"), and no entry is outside the periods. */
function checkPeriodKeys(periods: string[], amounts: Record<string, unknown>, path: (string | number)[], ctx: z.RefinementCtx): void {
  for (const period of periods) {
    if (!(period in amounts)) ctx.addIssue({ code: 'custom', path: [...path, period], message: 'is missing; write the amount, or null where the source gives none' });
  }
  for (const key of Object.keys(amounts)) {
    if (!periods.includes(key)) ctx.addIssue({ code: 'custom', path: [...path, key], message: `is not one of the periods (${periods.join(', ')})` });
  }
}

function checkUnique(values: (string | number)[], path: (string | number)[], field: string, ctx: z.RefinementCtx): void {
  values.forEach((value, index) => {
    if (values.indexOf(value) !== index) ctx.addIssue({ code: 'custom', path: [...path, index, field], message: `"${value}" is used twice; each must be unique` });
  });
}

export const tableDataSchema = z
  .strictObject({
    dataset: z.literal('table'),
    ...base,
    periods: z.array(periodField).min(1),
    rows: z.array(z.strictObject({ key: text, label: text, kind: slugField, amounts: amountsByPeriod, note: text.optional() })).min(1),
    total: z.strictObject({ label: text, amounts: amountsByPeriod }),
  })
  .superRefine((data, ctx) => {
    data.rows.forEach((row, i) => checkPeriodKeys(data.periods, row.amounts, ['rows', i, 'amounts'], ctx));
    checkPeriodKeys(data.periods, data.total.amounts, ['total', 'amounts'], ctx);
    checkUnique(data.rows.map((r) => r.key), ['rows'], 'key', ctx);
  });

const groupItem = z.strictObject({
  number: z.union([text, z.number().int()]).transform(String),
  label: text,
  amounts: z.array(amountField).min(1),
  /** The period of each amount, or null when the source does not say which period an amount belongs to. */
  periods: z.array(periodField).nullable(),
  periodNote: text.optional(),
  note: text.optional(),
});

export const groupsDataSchema = z
  .strictObject({
    dataset: z.literal('groups'),
    ...base,
    /** The table data file (its name without `.yaml`) whose rows the groups' `tableRow` refers to. */
    table: slugField.optional(),
    periods: z.array(periodField).min(1),
    groups: z
      .array(
        z.strictObject({
          key: slugField,
          label: text,
          /** The key of the row in a table data file that states the same totals. */
          tableRow: text.optional(),
          statedTotals: amountsByPeriod,
          statedTotalsNote: text.optional(),
          items: z.array(groupItem).min(1),
        }),
      )
      .min(1),
  })
  .superRefine((data, ctx) => {
    checkUnique(data.groups.map((g) => g.key), ['groups'], 'key', ctx);
    data.groups.forEach((group, g) => {
      checkPeriodKeys(data.periods, group.statedTotals, ['groups', g, 'statedTotals'], ctx);
      if (group.tableRow !== undefined && data.table === undefined) {
        ctx.addIssue({ code: 'custom', path: ['groups', g, 'tableRow'], message: 'needs the field "table" at the top: the name of the table data file' });
      }
      group.items.forEach((item, i) => {
        const path = ['groups', g, 'items', i];
        if (item.periods === null) {
          if (item.periodNote === undefined) ctx.addIssue({ code: 'custom', path: [...path, 'periodNote'], message: 'is missing; say why the period is not known' });
          return;
        }
        if (item.periods.length !== item.amounts.length) {
          ctx.addIssue({ code: 'custom', path: [...path, 'periods'], message: `has ${item.periods.length} periods for ${item.amounts.length} amounts; give one period per amount, or null` });
        }
        item.periods.forEach((p, k) => {
          if (!data.periods.includes(p)) ctx.addIssue({ code: 'custom', path: [...path, 'periods', k], message: `is not one of the periods (${data.periods.join(', ')})` });
        });
      });
    });
  });

export const COST_STATUSES = ['geen', 'nog-onbekend', 'nog-niet-bekend', 'nvt'] as const;
const costFigures = {
  incidenteel: amountField.optional(),
  structureel: amountField.optional(),
  /** An amount the source gives without saying whether it is one-off or recurring. */
  unspecified: amountField.optional(),
  approximate: z.boolean().optional(),
  note: text.optional(),
};
const hasFigure = (c: { incidenteel?: number; structureel?: number; unspecified?: number }): boolean =>
  c.incidenteel !== undefined || c.structureel !== undefined || c.unspecified !== undefined;

const costField = z.strictObject({ status: z.enum(COST_STATUSES).optional(), ...costFigures }).superRefine((c, ctx) => {
  if (c.status !== undefined && hasFigure(c)) ctx.addIssue({ code: 'custom', path: ['status'], message: 'give either a status or amounts, not both' });
  if (c.status === undefined && !hasFigure(c)) {
    ctx.addIssue({ code: 'custom', message: `give incidenteel, structureel or unspecified (an amount), or a status: ${COST_STATUSES.join(', ')}` });
  }
});
const alternativeCostField = z.strictObject(costFigures).superRefine((c, ctx) => {
  if (!hasFigure(c)) ctx.addIssue({ code: 'custom', message: 'give incidenteel, structureel or unspecified' });
});

export const costItemsDataSchema = z
  .strictObject({
    dataset: z.literal('cost-items'),
    ...base,
    themes: z.array(text).min(1),
    ranks: z.array(z.strictObject({ key: slugField, label: text })).min(1),
    items: z
      .array(
        z.strictObject({
          number: z.number().int().positive(),
          theme: text,
          rank: slugField,
          label: text,
          text: text.optional(),
          appreciation: text.optional(),
          /** The cost cell of the source, verbatim. */
          costText: text,
          cost: costField,
          /** A second estimate the source gives for the same item; kept beside the first, never merged. */
          alternativeCost: alternativeCostField.optional(),
        }),
      )
      .min(1),
  })
  .superRefine((data, ctx) => {
    checkUnique(data.items.map((i) => i.number), ['items'], 'number', ctx);
    const ranks = data.ranks.map((r) => r.key);
    data.items.forEach((item, i) => {
      if (!data.themes.includes(item.theme)) ctx.addIssue({ code: 'custom', path: ['items', i, 'theme'], message: `is not one of the themes: ${data.themes.join(', ')}` });
      if (!ranks.includes(item.rank)) ctx.addIssue({ code: 'custom', path: ['items', i, 'rank'], message: `is not one of the ranks: ${ranks.join(', ')}` });
    });
  });

const amountEntry = z.strictObject({
  key: slugField,
  label: text,
  amount: amountField,
  /** As the source says it: "jaar" for an amount per year; absent when the source does not say. */
  per: text.optional(),
  period: periodField.optional(),
  approximate: z.boolean().optional(),
  expected: z.boolean().optional(),
  note: text.optional(),
  source: sourcesField,
  /** What another source says about the same amount; shown beside it, not resolved. */
  alsoStated: z.array(z.strictObject({ amount: amountField.optional(), note: text, source: sourcesField })).optional(),
});

export const amountsDataSchema = z
  .strictObject({ dataset: z.literal('amounts'), ...base, items: z.array(amountEntry).min(1) })
  .superRefine((data, ctx) => checkUnique(data.items.map((i) => i.key), ['items'], 'key', ctx));

export const VOTES = ['voor', 'tegen', 'niet-voor'] as const;
const seats = z.number().int().nonnegative();

export const voteDataSchema = z
  .strictObject({
    dataset: z.literal('vote'),
    ...base,
    subject: text,
    date: dateField,
    result: text.optional(),
    totalSeats: z.number().int().positive(),
    majority: z.number().int().positive(),
    seatsSource: sourcesField,
    seatsNote: text.optional(),
    /** A "voor" total stated by a source, checked against the parties' seats. */
    statedForSeats: z.strictObject({ seats, source: sourcesField }).optional(),
    parties: z.array(z.strictObject({ name: text, nameInSource: text.optional(), seats, vote: z.enum(VOTES), note: text.optional() })).min(1),
  })
  .superRefine((data, ctx) => checkUnique(data.parties.map((p) => p.name), ['parties'], 'name', ctx));

export const DATASET_SCHEMAS = {
  table: tableDataSchema,
  groups: groupsDataSchema,
  'cost-items': costItemsDataSchema,
  amounts: amountsDataSchema,
  vote: voteDataSchema,
} as const;

export type DatasetKind = keyof typeof DATASET_SCHEMAS;
export type TableData = z.output<typeof tableDataSchema>;
export type GroupsData = z.output<typeof groupsDataSchema>;
export type GroupItem = GroupsData['groups'][number]['items'][number];
export type CostItemsData = z.output<typeof costItemsDataSchema>;
export type CostItem = CostItemsData['items'][number];
export type CostStatus = (typeof COST_STATUSES)[number];
export type AmountsData = z.output<typeof amountsDataSchema>;
export type VoteData = z.output<typeof voteDataSchema>;
export type Dataset = TableData | GroupsData | CostItemsData | AmountsData | VoteData;
