// CSV (RFC 4180) of the numbers a chart shows: header row, comma separator, CRLF, amounts as plain whole numbers.

export type CsvValue = string | number | null;

export interface CsvTable {
  columns: string[];
  /** One array per row, in column order; null is an empty field ("no amount"), never 0. */
  rows: CsvValue[][];
}

const NEEDS_QUOTES = /[",\r\n]/;

function field(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} to CSV`);
    // String() of a whole number never has a thousands separator or exponent below 1e21.
    return String(value);
  }
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Fields are quoted only where RFC 4180 needs it (comma, quote, line break); quotes inside are doubled. */
export function toCsv(table: CsvTable): string {
  const lines = [table.columns, ...table.rows].map((row, index) => {
    if (row.length !== table.columns.length) {
      throw new Error(`CSV row ${index} has ${row.length} fields; the header has ${table.columns.length}`);
    }
    return row.map(field).join(',');
  });
  return `${lines.join('\r\n')}\r\n`;
}
