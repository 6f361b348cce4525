// Kamerstuk citations: parse them from running text, check their parts, format them, and build official URLs.

export interface KamerstukRef {
  /** Dossier number with a space after the thousands and an optional budget chapter: `28 638`, `36 800 VI`. */
  dossier: string;
  nummer: number;
}

export interface CitationMatch extends KamerstukRef {
  /** The matched text, e.g. `Kamerstukken II 2023/24, 28 638, nr. 238`. */
  text: string;
  index: number;
}

export const DOSSIER_PATTERN = /^\d{2} \d{3}(?: [IVXLC]+)?$/;
export const VERGADERJAAR_PATTERN = /^(\d{4})–(\d{4})$/;

/**
 * `Kamerstuk[ken] [II][,] [2023/24 | 2023/2024 | 2023–2024][,] 28 638 [VI][,] nr. 238`. Only whole words: no match
 * inside `HetKamerstuk`, and none for `nr. 3a` (rather no link than a link to nr. 3). Eerste Kamer citations
 * (`Kamerstukken I`, lettered numbers) and sub-series such as `21 501-20` are deliberately not matched.
 */
const CITATION =
  /(?<![\p{L}\p{N}])[Kk]amerstuk(?:ken)?(?:\s+II)?,?(?:\s+\d{4}[/–-](?:\d{4}|\d{2}),?)?\s+(\d{2})\s?(\d{3})((?:\s+[IVXLC]+)?)\b,?\s+nr\.\s*(\d{1,6})(?![\p{L}\p{N}])/gu;

/** Normalises `28638` or `28 638` plus an optional chapter to the canonical `28 638 VI` form. */
export function normaliseDossier(thousands: string, rest: string, chapter = ''): string {
  const ch = chapter.trim();
  return `${thousands} ${rest}${ch ? ` ${ch}` : ''}`;
}

/** Every Kamerstuk citation in a text, in order. */
export function findKamerstukCitations(text: string): CitationMatch[] {
  const found: CitationMatch[] = [];
  for (const m of text.matchAll(CITATION)) {
    found.push({
      text: m[0],
      index: m.index,
      dossier: normaliseDossier(m[1]!, m[2]!, m[3]),
      nummer: Number(m[4]),
    });
  }
  return found;
}

/** Stable key for lookups: `28 638/247`. */
export function kamerstukKey(ref: KamerstukRef): string {
  return `${ref.dossier}/${ref.nummer}`;
}

/** `Kamerstuk 28 638, nr. 247`; without a number: `Kamerstuk 28 638 (nummer onbekend)`. */
export function formatKamerstuk(ref: { dossier: string; nummer?: number | undefined }): string {
  return ref.nummer === undefined
    ? `Kamerstuk ${ref.dossier} (nummer onbekend)`
    : `Kamerstuk ${ref.dossier}, nr. ${ref.nummer}`;
}

/** The official publication: `https://zoek.officielebekendmakingen.nl/kst-36800-VI-131.html`. */
export function officialKamerstukUrl(ref: KamerstukRef): string {
  const [thousands, rest, chapter] = ref.dossier.split(' ');
  const dossierPart = `${thousands}${rest}${chapter ? `-${chapter}` : ''}`;
  return `https://zoek.officielebekendmakingen.nl/kst-${dossierPart}-${ref.nummer}.html`;
}
