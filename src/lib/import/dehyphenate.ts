// Joins two lines of running text, undoing end-of-line hyphenation while keeping real hyphens, dashes and URLs.
//
// The rule for a line that ends in `<letter>-` (trailing spaces ignored):
// - next line starts with `en`, `of`, `tot` or `als` as a whole word: a real hyphen of a shortened compound,
//   keep it and join with a space (`arbeids-\nen criminele` -> `arbeids- en criminele`, `Informatie- \nen Expertise`);
// - next line starts with a capital or a digit: a real hyphen, keep it and join without a space
//   (`GroenLinks-\nPvdA` -> `GroenLinks-PvdA`, `COVID-\n19` -> `COVID-19`);
// - next line starts with a lower-case letter: hyphenation, drop the hyphen and join (`mensen-\nhandel` ->
//   `mensenhandel`, `Minis-\nterie` -> `Ministerie`), except when the part before the hyphen is an acronym or
//   CamelCase name (`PvdA-\nfractie`, `NSC-\nfractie`), or the document writes the same compound with a hyphen
//   inside a line elsewhere (`non-\npunishmentbeginsel` when `non-punishmentbeginsel` occurs): then keep it;
// - anything else: join with a space.
// A URL broken after `-` (or after `/`, `_` when the next line looks like more URL) is joined without a space
// and keeps every character.
// A digit followed by a dash (`2023–\n2024`) is joined without a space; a soft hyphen at the end is dropped.

export interface HyphenContext {
  /** Lower-case pairs `left-right` of hyphenated compounds written inside a line in the document. */
  hyphenatedPairs: ReadonlySet<string>;
}

const NO_CONTEXT: HyphenContext = { hyphenatedPairs: new Set() };
const COMPOUND = /[\p{L}\d]+(?:-[\p{L}\d]+)+/gu;
const SHORTENED_COMPOUND_WORD = /^(?:en|of|tot|als)(?![\p{L}\d])/u;
const URL_TOKEN = /(?:https?:\/\/|www\.)\S*$/;

/** Collects every pair of adjacent parts of hyphenated compounds inside lines: `non-punishmentbeginsel`. */
export function collectHyphenatedPairs(lines: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (const line of lines) {
    for (const match of line.matchAll(COMPOUND)) {
      const parts = match[0].toLowerCase().split('-');
      for (let i = 0; i + 1 < parts.length; i++) pairs.add(`${parts[i]}-${parts[i + 1]}`);
    }
  }
  return pairs;
}

/** The word part right before a final hyphen: `mensen` in `van mensen-`, `PvdA` in `GroenLinks-PvdA-`. */
function partBeforeHyphen(text: string): string {
  return /([\p{L}\d]+)-$/u.exec(text)?.[1] ?? '';
}

/** Acronyms and names with inner capitals or digits never get hyphenated inside: `PvdA`, `NSC`, `CoMensha`. */
function isAcronymLike(part: string): boolean {
  return /\d/.test(part) || /^.+\p{Lu}/u.test(part);
}

/** A URL broken after `-` always continues; after `/` or `_` only when the next line looks like more URL. */
function continuesUrl(left: string, right: string): boolean {
  if (left.endsWith('-')) return /^\S/.test(right);
  if (!/[/_]$/.test(left)) return false;
  const token = /^\S+/.exec(right)?.[0] ?? '';
  return token !== '' && (/[/._\-=?&#%\d]/.test(token) || token === right.trimEnd());
}

/** Joins `previous` and `next` (two lines of one paragraph) into one line. */
export function joinLinePair(previous: string, next: string, context: HyphenContext = NO_CONTEXT): string {
  const left = previous.trimEnd();
  const right = next.trimStart();
  if (left === '') return right;
  if (right === '') return left;
  if (left.endsWith('\u00AD')) return left.slice(0, -1) + right;
  if (URL_TOKEN.test(left) && continuesUrl(left, right)) return left + right;
  if (/\p{L}-$/u.test(left)) {
    if (SHORTENED_COMPOUND_WORD.test(right)) return `${left} ${right}`;
    if (/^[\p{Lu}\d]/u.test(right)) return left + right;
    if (/^\p{Ll}/u.test(right)) {
      const before = partBeforeHyphen(left);
      const after = /^[\p{L}\d]+/u.exec(right)?.[0] ?? '';
      const keep = isAcronymLike(before) || context.hyphenatedPairs.has(`${before}-${after}`.toLowerCase());
      return keep ? left + right : left.slice(0, -1) + right;
    }
    return `${left} ${right}`;
  }
  if (/\d[-–]$/.test(left) && /^\d/.test(right)) return left + right;
  return `${left} ${right}`;
}

/** Joins all lines of `text` into one line with {@link joinLinePair}: `mensen-\nhandel` -> `mensenhandel`. */
export function joinLines(lines: readonly string[], context: HyphenContext = NO_CONTEXT): string {
  let result = '';
  for (const line of lines) result = result === '' ? line.trim() : joinLinePair(result, line, context);
  return result.trimEnd();
}

/** Joins the lines of one paragraph, undoing hyphenation; compounds written with a hyphen in the text itself count. */
export function dehyphenate(text: string, context?: HyphenContext): string {
  const lines = text.split('\n');
  return joinLines(lines, context ?? { hyphenatedPairs: collectHyphenatedPairs(lines) });
}
