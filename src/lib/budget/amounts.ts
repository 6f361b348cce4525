// Amounts as editors write them in data files: whole euros, and a message with the fix for anything else.

const THOUSANDS = /^\d{1,3}(?:[.,]\d{3})+$/;

/** The fix for a mistyped amount, with the editor's own digits as the example where we can read them. */
export function amountHelp(written: string): string {
  const example = THOUSANDS.test(written.trim()) ? written.trim().replace(/[.,]/g, '') : '1234567';
  return `write the amount as a whole number of euros without dots, e.g. ${example}`;
}

export type AmountResult = { ok: true; amount: number | null } | { ok: false; error: string };

/** A whole number of euros, zero or more; null only where `nullable` (the source gives no amount). */
export function readAmount(value: unknown, nullable: boolean): AmountResult {
  const fail = (error: string): AmountResult => ({ ok: false, error });
  if (value === undefined) return fail('is missing; this field is required');
  if (value === null) return nullable ? { ok: true, amount: null } : fail(`is empty; ${amountHelp('')}`);
  if (typeof value === 'string') return fail(`"${value}" is text; ${amountHelp(value)}`);
  if (typeof value !== 'number' || !Number.isFinite(value)) return fail(`is not a number; ${amountHelp('')}`);
  if (value < 0) return fail(`is negative (${value}); an amount cannot be below zero`);
  if (!Number.isSafeInteger(value)) return fail(`${value} is not a whole number of euros; ${amountHelp(String(value))}`);
  return { ok: true, amount: value };
}
