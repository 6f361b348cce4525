// What the document pages show: type and citation labels and the rows of a document's metadata block.
import type { DocumentData } from '../schemas/document.ts';
import { formatDossierDate } from './dates.ts';
import { formatKamerstuk, officialKamerstukUrl } from './kamerstuk.ts';

export interface MetaRow {
  label: string;
  value: string;
  href?: string;
  /** ISO date for a `<time datetime>` element. */
  datetime?: string;
}

export function typeLabel(type: DocumentData['type']): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}

/** The citation line of a document, or undefined when it is not a Kamerstuk. */
export function citationLabel(data: DocumentData): string | undefined {
  return data.kamerstuk ? formatKamerstuk(data.kamerstuk) : undefined;
}

/** Where the official text is: the stated sourceUrl, else the official Kamerstuk URL when the number is known. */
export function officialUrl(data: DocumentData): string | undefined {
  if (data.sourceUrl) return data.sourceUrl;
  const k = data.kamerstuk;
  return k?.nummer === undefined ? undefined : officialKamerstukUrl({ dossier: k.dossier, nummer: k.nummer });
}

const PROPOSERS: ReadonlySet<DocumentData['type']> = new Set(['amendement', 'motie', 'wetsvoorstel']);

export function documentMeta(data: DocumentData): MetaRow[] {
  const rows: MetaRow[] = [{ label: 'Soort stuk', value: typeLabel(data.type) }];
  const citation = citationLabel(data);
  if (citation) rows.push({ label: 'Kamerstuk', value: citation });
  if (data.kamerstuk?.vergaderjaar) rows.push({ label: 'Vergaderjaar', value: data.kamerstuk.vergaderjaar });
  rows.push({
    label: 'Datum',
    value: formatDossierDate(data.date) + (data.dateNote ? ` (${data.dateNote})` : ''),
    ...(data.date.iso ? { datetime: data.date.iso } : {}),
  });
  rows.push({ label: PROPOSERS.has(data.type) ? 'Indiener' : 'Afzender', value: data.sender });
  const url = officialUrl(data);
  rows.push(url ? { label: 'Officiële publicatie', value: url, href: url } : { label: 'Officiële publicatie', value: 'niet bekend' });
  return rows;
}

/** Splits plain summary text into paragraphs on blank lines. */
export function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}
