// Footnotes: definitions lifted out of the running text (also over several lines), markers turned into [^n], numbers left alone.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractFootnotes } from '../../../src/lib/import/footnoteDefinitions.ts';
import { convertFootnoteMarkers, type Footnote } from '../../../src/lib/import/footnoteMarkers.ts';
import { removeFurniture } from '../../../src/lib/import/furniture.ts';
import { splitLines } from '../../../src/lib/import/lines.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');
const extract = (name: string) => extractFootnotes(removeFurniture(splitLines(fixture(name))));
const plain = (number: number, text = 'x'): Footnote => ({ number, text, style: 'plain' });
const superscript = (number: number, text = 'x'): Footnote => ({ number, text, style: 'superscript' });

describe('extractFootnotes', () => {
  it('lifts the footnotes that interrupt a page of seed 002 and leaves the page break open', () => {
    const { slots, footnotes } = extract('002-brief-page-break.txt');
    expect(footnotes).toEqual([
      plain(1, 'Actieplan programma Samen tegen mensenhandel, Kamerstukken 2023/24, 28 638 nr. 233.'),
      plain(2, 'Kamerstukken II 2023/24, 28 638, nr. 238.'),
    ]);
    expect(slots.slice(28, 33)).toEqual([
      'Justitie en Veiligheid, het Ministerie van Buitenlandse zaken, het Minis-',
      '',
      null,
      null,
      ' terie van Sociale Zaken en Werkgelegenheid, het Ministerie van Volksge-',
    ]);
  });

  it('reads a footnote over several lines (footnote 3 of seed 002), undoing its hyphenation', () => {
    expect(extract('002-brief-footnote-over-lines.txt').footnotes).toEqual([
      plain(
        3,
        'Het SOM bestaat uit de volgende organisaties: Humanitas Expertisecentrum Seksualiteit, Sekswerk en ' +
          'Mensenhandel (ESSM), Fier, CoMensha, Leger des Heils, Fairwork, Defence for Children, HVO Querido, Lumens, ' +
          'SHOP Den Haag, Moviera, Rode Kruis en Centrum Kinderhandel en Mensenhandel (CKM).',
      ),
    ]);
  });

  it('reads footnote 6 of seed 002 over three lines, and stops before footnote 7 and the footer', () => {
    expect(extract('002-brief-footer.txt').footnotes).toEqual([
      plain(
        6,
        'Naast de herijking van het programma is met betrokken organisaties een traject «No Regrets» opgezet om te ' +
          'besluiten over de besteding van de beschikbare middelen in 2023. De No Regrets fase is bedoeld als een brug ' +
          'tussen het programma uit 2018 en het nieuwe Actieplan.',
      ),
      plain(7, 'Kamerstukken II, 2022/23, 28 684, nr. 717.'),
      plain(8, 'Kamerstukken II 2023/24, 28 638, nr. 244.'),
      plain(9, 'Kamerstukken II 2023/24, 28 638, nr. 245.'),
      plain(10, 'Aanhangsel Handelingen II 2023/24, nr. 916'),
    ]);
  });

  it('joins a URL over two lines without dropping its hyphen (seed 000)', () => {
    expect(extract('000-amendement-footnotes.txt').footnotes).toEqual([
      plain(1, 'https://www.spine.ngo/wp-content/uploads/2024/12/2024DEC_Rapport-Online-Outreach-Programma-resultaten_DEF.pdf'),
      plain(2, 'https://www.spine.ngo/wp-content/uploads/2024/12/2024DEC_Rapport-Online-Outreach-Programma-resultaten_DEF.pdf'),
      plain(3, 'https://open.overheid.nl/documenten/0e0467bc-6ff8-4da5-8a04-5271440acbee/file.'),
    ]);
  });

  it('reads superscript footnotes (seed 003)', () => {
    expect(extract('003-verslag-superscripts.txt').footnotes).toEqual([
      superscript(1, '<https://www.hetckm.nl/dossiers/geen-seks-met-minderjarigen-tegen-betaling-nl/rapport-klanten/>.'),
      superscript(2, 'Kamerstuk 28 638, nr. 249, p. 4.'),
      superscript(3, '<https://pointer.kro-ncrv.nl/politie-om-en-tweede-kamer-pleiten-voor-landelijke-aanpak-mensenhandel-staatssecretaris-ziet-nog>.'),
    ]);
  });

  it('does not take lines that start with an ordinary number for footnotes', () => {
    expect(extract('004-stemming-furniture.txt').footnotes).toEqual([]);
    expect(extractFootnotes(['Artikel 33 ', '4 (Grinwis c.s.) over middelen voor de bestrijding van mensenhandel ']).footnotes).toEqual([]);
    expect(extractFootnotes(['Daarom zetten zij 2 ', 'miljoen euro van deze onderuitputting']).footnotes).toEqual([]);
    // a table row numbered like the next footnote, without a marker for it in the text
    const lines = ['mannelijke sekswerkers.10 ', '', '10 Aanhangsel Handelingen II 2023/24, nr. 916', ' Geschatte kosten ', '', '11 Onderzoek naar de recidive en resocialisatie '];
    expect(extractFootnotes(lines)).toEqual({
      slots: ['mannelijke sekswerkers.10 ', '', null, ' Geschatte kosten ', '', '11 Onderzoek naar de recidive en resocialisatie '],
      footnotes: [plain(10, 'Aanhangsel Handelingen II 2023/24, nr. 916')],
    });
  });
});

describe('convertFootnoteMarkers', () => {
  it('turns digits glued to a word or sentence into references, in order', () => {
    const text =
      'dat op 18 oktober 2023 naar uw Kamer is gestuurd.1 Een deel komen.2 In het Strategisch Overleg Mensenhandel (SOM)3, de ' +
      'no regrets-projecten6 van het programma en de motie-Mutluer c.s.8 Deze motie';
    expect(convertFootnoteMarkers(text, [1, 2, 3, 6, 8].map((n) => plain(n)))).toEqual({
      text:
        'dat op 18 oktober 2023 naar uw Kamer is gestuurd.[^1] Een deel komen.[^2] In het Strategisch Overleg Mensenhandel (SOM)[^3], de ' +
        'no regrets-projecten[^6] van het programma en de motie-Mutluer c.s.[^8] Deze motie',
      unreferenced: [],
    });
  });

  it('leaves ordinary numbers alone even when footnotes with those numbers exist', () => {
    const text =
      'met € 350 (x € 1.000). Daarom 2 miljoen euro, nr. 249, 86,5 miljoen euro, in 2023, 0,3 0,3 0,2 en (€ x10.000) en 1,05 in maart 2023.2 Indiener';
    expect(convertFootnoteMarkers(text, [1, 2, 3, 5, 10].map((n) => plain(n)))).toEqual({
      text:
        'met € 350 (x € 1.000). Daarom 2 miljoen euro, nr. 249, 86,5 miljoen euro, in 2023, 0,3 0,3 0,2 en (€ x10.000) en 1,05 in maart 2023.[^2] Indiener',
      unreferenced: [1, 3, 5, 10],
    });
  });

  it('leaves a marker alone when no footnote with that number exists', () => {
    expect(convertFootnoteMarkers('(SOM)3, de Regionale', []).text).toBe('(SOM)3, de Regionale');
  });

  it('turns superscripts and ^{2,3} into references', () => {
    const text = '(amendement Ceder).¹ Middels deze brief. Richtlijn mensenhandel.^{2,3} Het nationaal, Mensenhandel⁸, een m² groot';
    expect(convertFootnoteMarkers(text, [1, 2, 3, 8].map((n) => superscript(n)))).toEqual({
      text: '(amendement Ceder).[^1] Middels deze brief. Richtlijn mensenhandel.[^2][^3] Het nationaal, Mensenhandel[^8], een m² groot',
      unreferenced: [],
    });
  });
});
