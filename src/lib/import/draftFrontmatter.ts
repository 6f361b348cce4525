// The YAML frontmatter skeleton of a draft: TODO placeholders, plus the Kamerstuk and date where the text states them.
import type { StatedDate } from './dutchDates.ts';
import type { StatedKamerstuk } from './kamerstukMeta.ts';

export const DOCUMENT_TYPE_HINT =
  'one of: amendement, brief, motie, verslag, verslag schriftelijk overleg, inbreng schriftelijk overleg, stemmingsuitslag, wetsvoorstel, nota, handelingen';

export interface DraftMeta {
  kamerstuk: StatedKamerstuk | null;
  date: StatedDate | null;
  sourceFile: string;
}

const COMMENT_COLUMN = 24;

/** A YAML double-quoted scalar (JSON string syntax is valid YAML). */
function quoted(value: string): string {
  return JSON.stringify(value);
}

function line(text: string, comment?: string): string {
  return comment === undefined ? text : `${text.padEnd(COMMENT_COLUMN - 1)} # ${comment}`;
}

function kamerstukLines(kamerstuk: StatedKamerstuk | null): string[] {
  if (kamerstuk === null) {
    return [
      line('kamerstuk:', 'not stated in the text: fill in, or delete these four lines'),
      line('  dossier: "TODO"', 'e.g. "28 638" or "36 800 VI"'),
      line('  nummer: "TODO"', 'a number, e.g. 247'),
      line('  vergaderjaar: "TODO"', 'e.g. "2023–2024"'),
    ];
  }
  const source = kamerstuk.from === 'footer' ? 'from the running footer' : 'from the title block';
  return [
    'kamerstuk:',
    line(`  dossier: ${quoted(kamerstuk.dossier)}`, source),
    `  nummer: ${kamerstuk.nummer}`,
    kamerstuk.vergaderjaar === undefined
      ? line('  vergaderjaar: "TODO"', 'not stated in the text: fill in, or delete this line')
      : `  vergaderjaar: ${quoted(kamerstuk.vergaderjaar)}`,
  ];
}

function dateLine(date: StatedDate | null): string {
  if (date === null) return line('date: "unknown"', 'YYYY-MM-DD, YYYY-MM, YYYY or unknown');
  if (date.iso === null) return line('date: "unknown"', `the text says "${date.stated}", which is not in the calendar`);
  return line(`date: ${quoted(date.iso)}`, `the text says "${date.stated}"`);
}

/** The frontmatter block, from the opening to the closing `---`, with a final newline. */
export function draftFrontmatter(meta: DraftMeta): string {
  return [
    '---',
    'title: "TODO"',
    'slug: "todo"',
    line('type: "TODO"', DOCUMENT_TYPE_HINT),
    ...kamerstukLines(meta.kamerstuk),
    dateLine(meta.date),
    'sender: "TODO"',
    line('summary: "TODO"', '80 to 200 words of plain Dutch (B1)'),
    `sourceFile: ${quoted(meta.sourceFile)}`,
    '---',
    '',
  ].join('\n');
}
