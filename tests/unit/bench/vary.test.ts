// Varying reused text: other numbers and names, while links, footnotes, list markers and dates in words stay readable.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/lib/bench/random.ts';
import { nameMapping, REAL_NAMES, varyNames, varyNumbers } from '../../../src/lib/bench/vary.ts';

describe('varyNumbers', () => {
  it('changes amounts but keeps their length and thousands separators', () => {
    const varied = varyNumbers('Het amendement vraagt € 350.000 en 1,7 miljoen.', createRandom(1));
    expect(varied).toMatch(/^Het amendement vraagt € \d{3}\.000 en \d,7 miljoen\.$/);
  });

  it('keeps web addresses, footnote references and list markers', () => {
    const text = '1. Zie https://example.org/kst-28638-247.html en voetnoot[^3].\n2. Tweede punt.';
    const varied = varyNumbers(text, createRandom(2));
    expect(varied).toContain('https://example.org/kst-28638-247.html');
    expect(varied).toContain('[^3]');
    expect(varied).toMatch(/^1\. /);
    expect(varied).toMatch(/\n2\. /);
  });

  it('keeps a day before a month, and moves a year by a few years at most', () => {
    for (let seed = 0; seed < 20; seed += 1) {
      const varied = varyNumbers('Op 21 december 2023 stemde de Kamer.', createRandom(seed));
      const year = Number(/21 december (\d{4})/.exec(varied)?.[1]);
      expect(year).toBeGreaterThanOrEqual(2020);
      expect(year).toBeLessThanOrEqual(2026);
    }
  });

  it('leaves numbers inside words alone', () => {
    expect(varyNumbers('artikel 273f en 2024DEC', createRandom(3))).toBe('artikel 273f en 2024DEC');
  });
});

describe('varyNames', () => {
  it('replaces every real Kamerlid by one other surname per document', () => {
    const mapping = nameMapping(createRandom(5));
    const varied = varyNames('De motie-Bikker en het lid Bikker; Cederberg blijft.', mapping);
    expect(varied).toBe(`De motie-${mapping.get('Bikker')} en het lid ${mapping.get('Bikker')}; Cederberg blijft.`);
    expect([...mapping.keys()]).toEqual([...REAL_NAMES]);
  });
});
