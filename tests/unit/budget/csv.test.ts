import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/budget/csv.ts';

describe('toCsv', () => {
  it('writes a header row, comma separators, CRLF line ends and plain whole numbers', () => {
    const csv = toCsv({ columns: ['reeks', '2023', '2024'], rows: [['Programmakosten', 300000, 1050000]] });
    expect(csv).toBe('reeks,2023,2024\r\nProgrammakosten,300000,1050000\r\n');
  });

  it('writes null as an empty field, never as 0', () => {
    expect(toCsv({ columns: ['a', 'b'], rows: [['No Regrets', null]] })).toBe('a,b\r\nNo Regrets,\r\n');
  });

  it('quotes fields with a comma, a quote or a line break, and doubles quotes inside (RFC 4180)', () => {
    const csv = toCsv({ columns: ['label'], rows: [['Reservering 2023, 2024'], ['rapport «Uitbuiting en LVB» "kort"'], ['twee\nregels']] });
    expect(csv).toBe('label\r\n"Reservering 2023, 2024"\r\n"rapport «Uitbuiting en LVB» ""kort"""\r\n"twee\nregels"\r\n');
  });

  it('refuses rows of the wrong length and numbers that are not finite', () => {
    expect(() => toCsv({ columns: ['a', 'b'], rows: [['x']] })).toThrow('CSV row 1 has 1 fields; the header has 2');
    expect(() => toCsv({ columns: ['a'], rows: [[Number.NaN]] })).toThrow('cannot write NaN to CSV');
  });
});
