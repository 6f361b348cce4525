// What the frontmatter takes from the text: the Kamerstuk from the footer or title block, the date, and the skeleton.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { draftFrontmatter } from '../../../src/lib/import/draftFrontmatter.ts';
import { dutchDateToIso, findStatedDate } from '../../../src/lib/import/dutchDates.ts';
import { findStatedKamerstuk } from '../../../src/lib/import/kamerstukMeta.ts';

const fixtureLines = (name: string) =>
  readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8').split('\n');

describe('findStatedKamerstuk', () => {
  it('reads dossier, number and vergaderjaar from the running footer', () => {
    expect(findStatedKamerstuk(fixtureLines('002-brief-footer.txt'))).toEqual({
      dossier: '28 638', nummer: 247, vergaderjaar: '2023–2024', from: 'footer',
    });
    expect(findStatedKamerstuk(fixtureLines('000-amendement-footnotes.txt'))).toEqual({
      dossier: '36 800 VI', nummer: 131, vergaderjaar: '2025–2026', from: 'footer',
    });
  });

  it('reads dossier and number, not the vergaderjaar, from a title block', () => {
    expect(findStatedKamerstuk(fixtureLines('001-brief-superscripts.txt'))).toEqual({ dossier: '36 800 VI', nummer: 136, from: 'title' });
  });

  it('finds nothing where the text does not state its own number (citations do not count)', () => {
    expect(findStatedKamerstuk(fixtureLines('003-verslag-superscripts.txt'))).toBeNull();
    expect(findStatedKamerstuk(fixtureLines('004-stemming-furniture.txt'))).toBeNull();
    expect(findStatedKamerstuk(['Betreffende wetsvoorstel: ', ' ', '36.470 VI ', 'Wijziging van de begrotingsstaten'])).toBeNull();
  });
});

describe('dates', () => {
  it('turns Dutch dates into ISO dates and refuses days not in the calendar', () => {
    expect(dutchDateToIso('23', 'maart', '2026')).toBe('2026-03-23');
    expect(dutchDateToIso('1', 'Januari', '2022')).toBe('2022-01-01');
    expect(dutchDateToIso('29', 'februari', '2024')).toBe('2024-02-29');
    expect(dutchDateToIso('29', 'februari', '2026')).toBeNull();
    expect(dutchDateToIso('3', 'maartje', '2026')).toBeNull();
  });

  it('takes the date from a "Den Haag, …" or "datum …" line only', () => {
    expect(findStatedDate(fixtureLines('001-brief-superscripts.txt'))).toEqual({ iso: '2026-03-23', stated: '23 maart 2026' });
    expect(findStatedDate(fixtureLines('004-stemming-furniture.txt'))).toEqual({ iso: '2023-12-21', stated: '21 december 2023' });
    expect(findStatedDate(fixtureLines('002-brief-page-break.txt'))).toBeNull();
    expect(findStatedDate(['Het wetsvoorstel is op 21 december 2023 aangenomen door de Tweede Kamer. '])).toBeNull();
    expect(findStatedDate(['Den Haag, 30 februari 2024'])).toEqual({ iso: null, stated: '30 februari 2024' });
  });
});

describe('draftFrontmatter', () => {
  it('fills the Kamerstuk and date the text states and leaves TODO placeholders for the rest', () => {
    expect(
      draftFrontmatter({
        kamerstuk: { dossier: '28 638', nummer: 247, vergaderjaar: '2023–2024', from: 'footer' },
        date: { iso: '2023-12-21', stated: '21 december 2023' },
        sourceFile: 'sources/002_1be756ebf3e8973c.txt',
      }),
    ).toBe(`---
title: "TODO"
slug: "todo"
type: "TODO"            # one of: amendement, brief, motie, verslag, verslag schriftelijk overleg, inbreng schriftelijk overleg, stemmingsuitslag, wetsvoorstel, nota, handelingen
kamerstuk:
  dossier: "28 638"     # from the running footer
  nummer: 247
  vergaderjaar: "2023–2024"
date: "2023-12-21"      # the text says "21 december 2023"
sender: "TODO"
summary: "TODO"         # 80 to 200 words of plain Dutch (B1)
sourceFile: "sources/002_1be756ebf3e8973c.txt"
---
`);
  });

  it('marks everything TODO or unknown when the text states nothing, and says why a date was refused', () => {
    expect(draftFrontmatter({ kamerstuk: null, date: { iso: null, stated: '30 februari 2024' }, sourceFile: 'sources/a "b".txt' })).toBe(`---
title: "TODO"
slug: "todo"
type: "TODO"            # one of: amendement, brief, motie, verslag, verslag schriftelijk overleg, inbreng schriftelijk overleg, stemmingsuitslag, wetsvoorstel, nota, handelingen
kamerstuk:              # not stated in the text: fill in, or delete these four lines
  dossier: "TODO"       # e.g. "28 638" or "36 800 VI"
  nummer: "TODO"        # a number, e.g. 247
  vergaderjaar: "TODO"  # e.g. "2023–2024"
date: "unknown"         # the text says "30 februari 2024", which is not in the calendar
sender: "TODO"
summary: "TODO"         # 80 to 200 words of plain Dutch (B1)
sourceFile: "sources/a \\"b\\".txt"
---
`);
  });
});
