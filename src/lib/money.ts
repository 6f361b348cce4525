// Euro amounts in Dutch notation: `€ 350.000` in full, `€ 2,0 mln` in compact form.

/** Intl's nl-NL currency format puts a non-breaking space (U+00A0) after the euro sign; we keep it. */
export const NBSP = '\u00a0';

const MILLION = 1_000_000;

const whole = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const millionsFormat = (digits: number): Intl.NumberFormat =>
  new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: digits, maximumFractionDigits: digits });
const oneDecimal = millionsFormat(1);
const twoDecimals = millionsFormat(2);

export interface EuroFormatOptions {
  /** Amounts of a million or more as `€ 2,0 mln`; smaller amounts stay in full. */
  compact?: boolean;
}

/**
 * `€ 350.000`; compact: `€ 2,0 mln`, `€ 98,8 mln`, `€ 1,05 mln`.
 * Compact shows one decimal, or two when two make it exact (1.050.000 is `€ 1,05 mln`, not `€ 1,1 mln`,
 * because the source tables use such figures). An amount that two decimals cannot show exactly
 * (1.234.567) is rounded to one decimal, as millions are in budget tables; use the full form where
 * the exact amount matters. The space before `mln` is non-breaking too, so a label never wraps inside an amount.
 */
export function formatEuro(amount: number, options: EuroFormatOptions = {}): string {
  if (!Number.isFinite(amount)) throw new RangeError(`cannot format ${amount} as an amount in euros`);
  const rounded = Math.round(amount);
  if (!options.compact || Math.abs(rounded) < MILLION) return whole.format(rounded);
  const format = rounded % 100_000 !== 0 && rounded % 10_000 === 0 ? twoDecimals : oneDecimal;
  return `${format.format(rounded / MILLION)}${NBSP}mln`;
}
