// Varies reused text the way another dossier would differ: other amounts, years and names, same words around them.
import type { Random } from './random.ts';

/** Kamerleden named in the five real documents; a synthetic document names others in their place. */
export const REAL_NAMES = ['Bikker', 'Ceder', 'Grinwis', 'Krul', 'Kuik', 'Mutluer', 'Veldkamp', 'Veltman'] as const;

/** Common Dutch surnames, so that names vary between documents as they do in a real dossier. */
export const SURNAMES = [
  'Bakker', 'Blom', 'Bos', 'Bosman', 'Brouwer', 'De Boer', 'De Bruijn', 'De Graaf', 'De Groot', 'De Haan', 'De Jong', 'De Koning',
  'De Lange', 'De Leeuw', 'De Ruiter', 'De Vos', 'De Vries', 'De Wit', 'Dekker', 'Dijkstra', 'Driessen', 'Evers', 'Gerritsen',
  'Groen', 'Hendriks', 'Hermans', 'Hoekstra', 'Hofman', 'Huisman', 'Jacobs', 'Jansen', 'Jonker', 'Kok', 'Koster', 'Kramer',
  'Kuiper', 'Maas', 'Martens', 'Meijer', 'Mol', 'Molenaar', 'Mulder', 'Peters', 'Postma', 'Prins', 'Sanders', 'Schipper',
  'Scholten', 'Schouten', 'Smeets', 'Smit', 'Timmermans', 'Van Dam', 'Van den Berg', 'Van den Brink', 'Van der Meer',
  'Van der Veen', 'Van Dijk', 'Van Leeuwen', 'Van Loon', 'Van Wijk', 'Veenstra', 'Verbeek', 'Verhoeven', 'Vermeulen', 'Vink',
  'Visser', 'Vos', 'Willems', 'Wolters',
] as const;

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
/** Web addresses, footnote references and list markers at the start of a line keep their digits. */
const PROTECTED = /https?:\/\/[^\s)>\]]+|www\.[^\s)>\]]+|\[\^[^\]]*\]|^[ \t]*\d+[.)][ \t]/gm;
/** A number standing on its own: `2`, `350.000`, `1,7`; not part of a word such as `273f` or `2024DEC`. */
const NUMBER = new RegExp(`(?<![\\p{L}\\d.,])(\\d+)((?:[.,]\\d+)*)(?![\\p{L}\\d])(?!\\s+(?:${MONTHS})\\b)`, 'gu');

function varyNumber(lead: string, rest: string, random: Random): string {
  const value = Number(lead);
  // A year stays a plausible year of this kind of dossier.
  if (lead.length === 4 && rest === '' && value >= 1990 && value <= 2039) return String(Math.min(2026, Math.max(2015, value + random.int(-3, 3))));
  if (lead.length === 1) return String(random.int(1, 9)) + rest;
  return String(random.int(10 ** (lead.length - 1), 10 ** lead.length - 1)) + rest;
}

/** Replaces the leading digits of each number with other digits of the same length (years by nearby years). */
export function varyNumbers(text: string, random: Random): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(PROTECTED)) {
    out += text.slice(last, match.index).replace(NUMBER, (_, lead: string, rest: string) => varyNumber(lead, rest, random));
    out += match[0];
    last = match.index + match[0].length;
  }
  return out + text.slice(last).replace(NUMBER, (_, lead: string, rest: string) => varyNumber(lead, rest, random));
}

/** Chooses, for one document, which surname stands in for each real Kamerlid. */
export function nameMapping(random: Random): Map<string, string> {
  return new Map(REAL_NAMES.map((name) => [name, random.pick(SURNAMES)]));
}

const NAME = new RegExp(`(?<!\\p{L})(${REAL_NAMES.join('|')})(?!\\p{L})`, 'gu');

export function varyNames(text: string, mapping: ReadonlyMap<string, string>): string {
  return text.replace(NAME, (name) => mapping.get(name) ?? name);
}
