import { describe, expect, it } from 'vitest';
import { formatEuro, NBSP } from '../../../src/lib/money.ts';

// Intl's nl-NL format puts a non-breaking space (U+00A0) after the euro sign; the expected strings say so explicitly.
const E = `€${NBSP}`;

describe('formatEuro', () => {
  it('writes whole euros with a dot per thousand', () => {
    expect(formatEuro(350000)).toBe(`${E}350.000`);
    expect(formatEuro(9000)).toBe(`${E}9.000`);
    expect(formatEuro(0)).toBe(`${E}0`);
    expect(formatEuro(98800000)).toBe(`${E}98.800.000`);
  });

  it('uses a non-breaking space after the euro sign, not a normal space', () => {
    expect(formatEuro(350000)).not.toContain(' ');
    expect(formatEuro(350000).charCodeAt(1)).toBe(0xa0);
  });

  it('compact: millions with one decimal', () => {
    expect(formatEuro(2000000, { compact: true })).toBe(`${E}2,0${NBSP}mln`);
    expect(formatEuro(95000000, { compact: true })).toBe(`${E}95,0${NBSP}mln`);
    expect(formatEuro(98800000, { compact: true })).toBe(`${E}98,8${NBSP}mln`);
    expect(formatEuro(1700000, { compact: true })).toBe(`${E}1,7${NBSP}mln`);
  });

  it('compact: two decimals when two make the amount exact', () => {
    expect(formatEuro(1050000, { compact: true })).toBe(`${E}1,05${NBSP}mln`);
  });

  it('compact: rounds to one decimal when two decimals cannot be exact', () => {
    expect(formatEuro(1234567, { compact: true })).toBe(`${E}1,2${NBSP}mln`);
  });

  it('compact: amounts under a million stay in full', () => {
    expect(formatEuro(350000, { compact: true })).toBe(`${E}350.000`);
    expect(formatEuro(999999, { compact: true })).toBe(`${E}999.999`);
  });

  it('refuses what is not a number', () => {
    expect(() => formatEuro(Number.NaN)).toThrow('cannot format NaN');
    expect(() => formatEuro(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
