// Footnote markers in the running text (`gestuurd.1`, `Ceder).¹`, `^{2,3}`) to Markdown references (`[^1]`).

export type FootnoteStyle = 'plain' | 'superscript';

export interface Footnote {
  number: number;
  text: string;
  /** `plain`: a line `1 Kamerstukken …` with markers glued to words (`gestuurd.1`); `superscript`: `¹ …` and `¹`. */
  style: FootnoteStyle;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
export const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
const BRACED = /\^\{(\d+(?:\s*,\s*\d+)*)\}/g;
const SUPERSCRIPT_OR_BRACED = /\^\{(\d+(?:\s*,\s*\d+)*)\}|[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
/** `m²`, `km³`: a unit's exponent, not a footnote marker. */
const UNIT_BEFORE = /(?:^|[\s\d(])[kcdm]?m$/;

/** `¹⁰` -> 10. */
export function superscriptNumber(run: string): number {
  return Number([...run].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join(''));
}

/**
 * A plain marker `n` glued to the end of a word or sentence: after a letter or `)`/`»`/quote (`projecten6`,
 * `(SOM)3,`), or after a full stop (`gestuurd.1`, `c.s.8`); after `<digit>.` only when a new sentence or the line
 * end follows (`2023.2 Indiener`), so `2.3 van` stays a number. Never after a comma (`0,3`), never inside a number
 * (`x10.000`, `86,5`, `2023`), never after a space (`nr. 2`).
 */
export function plainMarkerPattern(n: number): RegExp {
  const end = String.raw`(?!\d)(?=[\s,;:)]|\.(?!\d)|$)`;
  const sentenceEnd = String.raw`(?!\d)(?=\s+\p{Lu}|[ \t]*(?:\n|$))`;
  return new RegExp(String.raw`(?<=[\p{L})\]»”’"]|[^\s\d]\.)${n}${end}|(?<=\d\.)${n}${sentenceEnd}`, 'gu');
}

/** Numbers referenced by superscript markers (`¹`, `²³` as 23, 2 and 3) and by `^{2,3}` in `text`. */
export function superscriptReferences(text: string): Set<number> {
  const found = new Set<number>();
  for (const m of text.matchAll(SUPERSCRIPT_RUN)) {
    found.add(superscriptNumber(m[0]));
    for (const c of m[0]) found.add(SUPERSCRIPT_DIGITS.indexOf(c));
  }
  for (const m of text.matchAll(BRACED)) for (const n of (m[1] ?? '').split(',')) found.add(Number(n));
  return found;
}

function references(numbers: readonly number[]): string {
  return numbers.map((n) => `[^${n}]`).join('');
}

/** Replaces superscript and `^{…}` markers whose footnotes exist; returns the numbers it referenced. */
function convertSuperscripts(text: string, defined: ReadonlySet<number>, used: Set<number>): string {
  return text.replace(SUPERSCRIPT_OR_BRACED, (whole: string, braced: string | undefined, offset: number) => {
    if (braced === undefined && /^[²³]$/.test(whole) && UNIT_BEFORE.test(text.slice(Math.max(0, offset - 4), offset))) return whole;
    let numbers: number[];
    if (braced !== undefined) numbers = braced.split(',').map(Number);
    else if (defined.has(superscriptNumber(whole))) numbers = [superscriptNumber(whole)];
    else numbers = [...whole].map((c) => SUPERSCRIPT_DIGITS.indexOf(c));
    if (!numbers.every((n) => defined.has(n))) return whole;
    for (const n of numbers) used.add(n);
    return references(numbers);
  });
}

/** Replaces, in order, the first plain marker of each footnote after the previous one's. */
function convertPlain(text: string, numbers: readonly number[], used: Set<number>): string {
  let out = '';
  let cursor = 0;
  for (const n of numbers) {
    const pattern = plainMarkerPattern(n);
    pattern.lastIndex = cursor;
    const m = pattern.exec(text);
    if (!m) continue;
    out += `${text.slice(cursor, m.index)}[^${n}]`;
    cursor = m.index + m[0].length;
    used.add(n);
  }
  return out + text.slice(cursor);
}

/** Turns the markers of the given footnotes into `[^n]`; `unreferenced` lists footnotes whose marker was not found. */
export function convertFootnoteMarkers(
  text: string,
  footnotes: readonly Footnote[],
): { text: string; unreferenced: number[] } {
  const used = new Set<number>();
  const superscripts = new Set(footnotes.filter((f) => f.style === 'superscript').map((f) => f.number));
  const plain = footnotes.filter((f) => f.style === 'plain').map((f) => f.number).sort((a, b) => a - b);
  let result = superscripts.size > 0 ? convertSuperscripts(text, superscripts, used) : text;
  result = convertPlain(result, plain, used);
  return { text: result, unreferenced: footnotes.map((f) => f.number).filter((n) => !used.has(n)) };
}
