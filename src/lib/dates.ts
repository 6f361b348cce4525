// Dates with a precision (day, month, year or unknown): parse the editor's notation, check the calendar, format in Dutch.

export type DatePrecision = 'day' | 'month' | 'year' | 'unknown';
export type DateQualifier = 'approximately' | 'before' | 'after';

export interface DossierDate {
  /** ISO 8601 date as precise as the source allows: `2024-02-02`, `2024-02`, `2024`; null when unknown. */
  iso: string | null;
  precision: DatePrecision;
  qualifier?: DateQualifier;
}

export type DateParseResult = { ok: true; date: DossierDate } | { ok: false; error: string };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

export const DATE_NOTATION_HELP =
  'write YYYY-MM-DD (2024-02-02), YYYY-MM (2024-02), YYYY (2024) or "unknown"';

/** True when year-month-day exists in the Gregorian calendar (2024-02-29 yes, 2026-02-29 no). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** Parses `2024-02-02`, `2024-02`, `2024` (string or YAML number) or `unknown`. */
export function parseDossierDate(input: unknown): DateParseResult {
  if (input instanceof Date) {
    return { ok: false, error: `got a converted date; ${DATE_NOTATION_HELP}` };
  }
  if (typeof input !== 'string' && typeof input !== 'number') {
    return { ok: false, error: `expected a date, got ${input === undefined ? 'nothing' : typeof input}; ${DATE_NOTATION_HELP}` };
  }
  const text = String(input).trim();
  if (text === 'unknown') return { ok: true, date: { iso: null, precision: 'unknown' } };
  let match = DAY.exec(text);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (!isCalendarDate(year, month, day)) {
      return { ok: false, error: `${text} is not a date in the calendar` };
    }
    return { ok: true, date: { iso: text, precision: 'day' } };
  }
  match = MONTH.exec(text);
  if (match) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return { ok: false, error: `${text} has no month ${match[2]}` };
    return { ok: true, date: { iso: text, precision: 'month' } };
  }
  if (YEAR.test(text)) return { ok: true, date: { iso: text, precision: 'year' } };
  return { ok: false, error: `"${text}" is not a date; ${DATE_NOTATION_HELP}` };
}

const dayFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

const QUALIFIER_NL: Record<DateQualifier, string> = {
  approximately: 'omstreeks',
  before: 'vóór',
  after: 'na',
};

/** Dutch reading form: `21 december 2023`, `februari 2024`, `2024`, `datum onbekend`, `omstreeks april 2024`. */
export function formatDossierDate(date: DossierDate): string {
  if (date.iso === null) return 'datum onbekend';
  const [y, m, d] = date.iso.split('-').map(Number) as [number, number?, number?];
  let text: string;
  if (date.precision === 'day') text = dayFormat.format(new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1)));
  else if (date.precision === 'month') text = monthFormat.format(new Date(Date.UTC(y, (m ?? 1) - 1, 1)));
  else text = String(y);
  return date.qualifier ? `${QUALIFIER_NL[date.qualifier]} ${text}` : text;
}

/** Sort key: known dates in calendar order (a month or year after its exact days), unknown dates last. */
export function dateSortKey(date: DossierDate): string {
  if (date.iso === null) return '9999';
  if (date.precision === 'year') return `${date.iso}-99-99`;
  if (date.precision === 'month') return `${date.iso}-99`;
  return date.iso;
}

/** Year of a date, or null when unknown. */
export function dateYear(date: DossierDate): number | null {
  return date.iso === null ? null : Number(date.iso.slice(0, 4));
}

/** Oldest first; entries with an unknown date last; ties by title. */
export function sortByDate<T extends { data: { date: DossierDate; title: string } }>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) => dateSortKey(a.data.date).localeCompare(dateSortKey(b.data.date)) || a.data.title.localeCompare(b.data.title, 'nl'),
  );
}
