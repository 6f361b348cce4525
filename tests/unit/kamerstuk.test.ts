import { describe, expect, it } from 'vitest';
import { findKamerstukCitations, formatKamerstuk, kamerstukKey, officialKamerstukUrl } from '../../src/lib/kamerstuk.ts';

const found = (text: string) => findKamerstukCitations(text).map(({ text: t, dossier, nummer }) => ({ text: t, dossier, nummer }));

describe('findKamerstukCitations', () => {
  it.each([
    ['Kamerstuk 28 638, nr. 246', '28 638', 246],
    ['Kamerstukken II 2023/24, 28 638, nr. 238', '28 638', 238],
    ['Kamerstukken II 2023/2024, 28 638, nr. 242', '28 638', 242],
    ['Kamerstuk 36 800 VI, nr. 131', '36 800 VI', 131],
    ['Kamerstuk 35 570 VI, nr. 50', '35 570 VI', 50],
    ['Kamerstukken II, 2025/2026, 36 800 VI, nr. 131', '36 800 VI', 131],
    ['Kamerstukken 2023/24, 28 638 nr. 233', '28 638', 233],
    ['Kamerstukken II, 2022/23, 28 684, nr. 717', '28 684', 717],
    ['Kamerstukken II 2023–2024, 28 638, nr. 242', '28 638', 242],
    ['kamerstuk 28638, nr. 7', '28 638', 7],
    ['Kamerstuk\n28\u00a0638,\nnr. 3', '28 638', 3],
  ])('finds %j', (text, dossier, nummer) => {
    expect(found(text)).toEqual([{ text, dossier, nummer }]);
  });

  it('leaves surrounding parentheses and punctuation out of the match', () => {
    expect(findKamerstukCitations('de motie (Kamerstuk 36 800 VI, nr. 131).')).toEqual([
      { text: 'Kamerstuk 36 800 VI, nr. 131', index: 10, dossier: '36 800 VI', nummer: 131 },
    ]);
    expect(found('¹ Kamerstukken II, 2025/2026, 36 800 VI, nr. 131.')[0]?.text).toBe(
      'Kamerstukken II, 2025/2026, 36 800 VI, nr. 131',
    );
    expect(found('Kamerstuk 28 638, nr. 249, p. 4')[0]?.text).toBe('Kamerstuk 28 638, nr. 249');
  });

  it('finds every citation in order', () => {
    expect(findKamerstukCitations('zie Kamerstuk 28 638, nr. 246 en Kamerstuk 28 638, nr. 248.')).toEqual([
      { text: 'Kamerstuk 28 638, nr. 246', index: 4, dossier: '28 638', nummer: 246 },
      { text: 'Kamerstuk 28 638, nr. 248', index: 33, dossier: '28 638', nummer: 248 },
    ]);
  });

  it.each([
    'HetKamerstuk 28 638, nr. 3',
    'Kamerstuk 28 638, nr. 3a',
    'Kamerstuk 128 638, nr. 3',
    'Kamerstuk 28 6380, nr. 3',
    'Kamerstuk 28 638 Vi, nr. 3',
    'Kamerstuk 28 638',
    'Kamerstukken I 2023/24, 28 638, nr. 5',
    'Kamerstuk 21 501-20, nr. 2000',
  ])('does not match %j', (text) => {
    expect(findKamerstukCitations(text)).toEqual([]);
  });
});

describe('kamerstukKey', () => {
  it('joins dossier and number', () => {
    expect(kamerstukKey({ dossier: '28 638', nummer: 247 })).toBe('28 638/247');
    expect(kamerstukKey({ dossier: '36 800 VI', nummer: 131 })).toBe('36 800 VI/131');
  });
});

describe('formatKamerstuk', () => {
  it('formats with and without a number', () => {
    expect(formatKamerstuk({ dossier: '28 638', nummer: 247 })).toBe('Kamerstuk 28 638, nr. 247');
    expect(formatKamerstuk({ dossier: '36 800 VI', nummer: 131 })).toBe('Kamerstuk 36 800 VI, nr. 131');
    expect(formatKamerstuk({ dossier: '28 638' })).toBe('Kamerstuk 28 638 (nummer onbekend)');
  });
});

describe('officialKamerstukUrl', () => {
  it('builds the zoek.officielebekendmakingen.nl URL', () => {
    expect(officialKamerstukUrl({ dossier: '28 638', nummer: 247 })).toBe(
      'https://zoek.officielebekendmakingen.nl/kst-28638-247.html',
    );
    expect(officialKamerstukUrl({ dossier: '36 800 VI', nummer: 131 })).toBe(
      'https://zoek.officielebekendmakingen.nl/kst-36800-VI-131.html',
    );
  });
});
