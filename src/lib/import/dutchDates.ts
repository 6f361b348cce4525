// Dutch written dates (`23 maart 2026`) to ISO, and the document date from a `Den Haag, …` or `datum …` line.
import { isCalendarDate } from '../dates.ts';

export const DUTCH_MONTHS = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

const MONTH_ALTERNATION = DUTCH_MONTHS.join('|');
export const DUTCH_DATE_SOURCE = `(\\d{1,2}) (${MONTH_ALTERNATION}) (\\d{4})`;

const DATE_LINES = [
  new RegExp(`^\\s*(?:Den Haag|'s-Gravenhage),\\s+${DUTCH_DATE_SOURCE}\\s*$`, 'i'),
  new RegExp(`^\\s*datum\\s+${DUTCH_DATE_SOURCE}\\s*$`, 'i'),
];

export interface StatedDate {
  /** `2026-03-23`, or null when the stated day does not exist in the calendar. */
  iso: string | null;
  /** The date as the text writes it: `23 maart 2026`. */
  stated: string;
}

/** `23`, `maart`, `2026` -> `2026-03-23`; null for an unknown month or a day not in the calendar. */
export function dutchDateToIso(day: string, month: string, year: string): string | null {
  const monthIndex = DUTCH_MONTHS.indexOf(month.toLowerCase() as (typeof DUTCH_MONTHS)[number]);
  const [y, d] = [Number(year), Number(day)];
  if (monthIndex < 0 || !isCalendarDate(y, monthIndex + 1, d)) return null;
  return `${year}-${String(monthIndex + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The first line that states the document's date on its own (`Den Haag, 23 maart 2026`, `datum 21 december 2023`). */
export function findStatedDate(lines: readonly string[]): StatedDate | null {
  for (const line of lines) {
    for (const pattern of DATE_LINES) {
      const m = pattern.exec(line);
      if (m) {
        const [day, month, year] = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
        return { iso: dutchDateToIso(day, month, year), stated: `${Number(day)} ${month.toLowerCase()} ${year}` };
      }
    }
  }
  return null;
}
