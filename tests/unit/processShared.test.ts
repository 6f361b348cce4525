import { describe, expect, it } from 'vitest';
import { processShared } from '../../src/lib/processShared.ts';

describe('processShared', () => {
  it('makes a value once per name and hands the same one to every caller', () => {
    let made = 0;
    const create = () => ({ n: ++made });
    const first = processShared('test.once', create);
    expect(processShared('test.once', create)).toBe(first);
    expect(made).toBe(1);
    expect(processShared('test.other', create)).not.toBe(first);
    expect(made).toBe(2);
  });

  it('keeps the value on globalThis, where another copy of the module finds it', () => {
    const value = processShared('test.global', () => 'gedeeld');
    expect((globalThis as unknown as Record<symbol, unknown>)[Symbol.for('kamerdossier.test.global')]).toBe(value);
  });
});
