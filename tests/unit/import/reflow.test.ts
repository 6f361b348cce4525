// Reflow: paragraphs from hard-wrapped lines, joined across page breaks, numbered headings only where reliable, lists kept.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { collectHyphenatedPairs } from '../../../src/lib/import/dehyphenate.ts';
import { extractFootnotes } from '../../../src/lib/import/footnoteDefinitions.ts';
import { removeFurniture } from '../../../src/lib/import/furniture.ts';
import { findHeadings } from '../../../src/lib/import/headings.ts';
import { renderBody } from '../../../src/lib/import/importRawText.ts';
import { splitLines } from '../../../src/lib/import/lines.ts';
import { escapeBlockStart, renderList } from '../../../src/lib/import/lists.ts';
import { estimateWrapWidth, groupBlocks, runsOn, splitAtShortLines } from '../../../src/lib/import/reflow.ts';

const fixtureLines = (name: string) => splitLines(readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8'));
const noPairs = { hyphenatedPairs: new Set<string>() };
const body = (lines: string[]) => {
  const hyphens = { hyphenatedPairs: collectHyphenatedPairs(lines) };
  return renderBody(extractFootnotes(removeFurniture(lines), hyphens).slots, hyphens);
};

describe('runsOn and groupBlocks', () => {
  it('joins across a page break when the text clearly runs on', () => {
    expect(runsOn('Justitie en Veiligheid, het Ministerie van Buitenlandse zaken, het Minis-', ' terie van Sociale Zaken')).toBe(true);
    expect(runsOn('mannen kan worden gedaan, begrijp ik de wens van uw Kamer dat er meer gedaan past het op', 'dit moment niet om')).toBe(true);
    expect(runsOn('Korte toelichting eerste ', 'appreciatie ')).toBe(true);
    expect(runsOn('geen opvolging gegeven. ', ' Naar aanleiding van het debat')).toBe(false);
    expect(runsOn('E. van der Burg ', ' (Financieel) overzicht van voorstellen')).toBe(false);
    expect(runsOn('Vragen en opmerkingen van de leden van de VVD-fractie', 'De leden van de VVD-fractie')).toBe(false);
  });

  it('groups lines into blocks at blank lines, removed lines and indented page starts', () => {
    const slots = [
      'In de regiegroep nemen ', 'vertegenwoordigers van de volgende organisaties deel: het Ministerie van ',
      'Justitie en Veiligheid, het Ministerie van Buitenlandse zaken, het Minis-', '', null, null, ' terie van Sociale Zaken', 'en Werkgelegenheid. ', '',
      '10 Zet verder in op pro-actieve online hulp in de ', 'vorm van Online Outreach. ', '', 'N.v.t. € 300.000 structureel', ' Daderaanpak ',
      '', 'Meest kansrijke acties ', 'Korte toelichting eerste ',
    ];
    expect(groupBlocks(slots)).toEqual([
      [
        'In de regiegroep nemen ', 'vertegenwoordigers van de volgende organisaties deel: het Ministerie van ',
        'Justitie en Veiligheid, het Ministerie van Buitenlandse zaken, het Minis-', ' terie van Sociale Zaken', 'en Werkgelegenheid. ',
      ],
      ['10 Zet verder in op pro-actieve online hulp in de ', 'vorm van Online Outreach. '],
      ['N.v.t. € 300.000 structureel'],
      [' Daderaanpak '],
      ['Meest kansrijke acties ', 'Korte toelichting eerste '],
    ]);
  });
});

describe('short lines end paragraphs in hard-wrapped text', () => {
  it('estimates the wrap width, or null for text with one line per paragraph', () => {
    expect(estimateWrapWidth(fixtureLines('002-brief-page-break.txt'))).toBe(72);
    expect(estimateWrapWidth(fixtureLines('001-brief-superscripts.txt'))).toBeNull();
  });

  it('splits after "wordt geacht." (seed 002) but not after a full line or an abbreviation', () => {
    const lines = ['tussentijds aan te scherpen en bij te sturen waar dat aanvullend nodig ', 'wordt geacht. ', 'Vanuit de gedachte dat er aan de aanpak van mensenhandel nooit genoeg '];
    expect(splitAtShortLines(lines, 74)).toEqual([lines.slice(0, 2), lines.slice(2)]);
    expect(splitAtShortLines(lines, null)).toEqual([lines]);
    expect(splitAtShortLines(['Het wetsvoorstel is op 21 december 2023 aangenomen door de Tweede Kamer. ', 'Voor: SP'], 90)).toHaveLength(1);
    expect(splitAtShortLines(['zie Kamerstuk 28 638, nr. ', '246 en verder'], 74)).toHaveLength(1);
  });
});

describe('headings', () => {
  it('makes numbered headings of short blocks numbered 1, 2, 3 … and nothing else', () => {
    const blocks = [
      ['1. Voorstellen samenwerkingspartners  '],
      ['Met deze brief voer ik mede namens de Staatssecretaris van Volksge-'],
      ['2. Vervolgproces  '],
      ['Zoals ook tijdens het commissiedebat van 21 december 2023 is '],
      ['3. Moties-Mutluer c.s. – onderzoeken landelijke aansturing en ', 'House of Inner Strength  '],
      ['Naast de uitvoering van de eerdergenoemde moties, informeer ik uw '],
      ['2. Nulmeting signaleerders. 5 '],
      ['4. Slotopmerkingen'],
      ['Tot slot nog dit. '],
    ];
    expect([...findHeadings(blocks, noPairs)]).toEqual([0, 2, 4, 7]);
  });

  it('does not take the first item of a numbered list for a heading', () => {
    expect([...findHeadings([['1. Eerste punt'], ['2. Tweede punt']], noPairs)]).toEqual([]);
  });
});

describe('lists', () => {
  it('keeps the bulleted list of seed 003, one item per line', () => {
    const lines = [
      '- Vragen en opmerkingen van de leden van de GroenLinks-PvdA-fractie',
      '- Vragen en opmerkingen van de leden van de VVD-fractie',
      '- Vragen en opmerkingen van de leden van de NSC-fractie',
    ];
    expect(renderList(lines, noPairs)).toBe(lines.join('\n'));
  });

  it('joins a wrapped item, numbers stay, bullets become "-"', () => {
    expect(renderList(['10. Verkenning mogelijkheid om centraal informatiepunt door te ', 'ontwikkelen tot een Nationaal Verwijzingsmechanisme mensenhandel. '], noPairs))
      .toBe('10. Verkenning mogelijkheid om centraal informatiepunt door te ontwikkelen tot een Nationaal Verwijzingsmechanisme mensenhandel.');
    expect(renderList(['• eerste', '• tweede'], noPairs)).toBe('- eerste\n- tweede');
  });

  it('treats a dash before figures as a flattened table row, not a list', () => {
    expect(renderList(['- 0,4 0,2 0 '], noPairs)).toBeNull();
    expect(escapeBlockStart('- 0,4 0,2 0')).toBe('\\- 0,4 0,2 0');
    expect(escapeBlockStart('27.')).toBe('27\\.');
    expect(escapeBlockStart('3 en 4. Een gerichte communicatiestrategie')).toBe('3 en 4. Een gerichte communicatiestrategie');
  });
});

describe('renderBody', () => {
  it('reflows the flattened tables of bijlage 2 of seed 002 exactly', () => {
    expect(body(fixtureLines('002-bijlage-table.txt'))).toBe(
      [
        'Kopie van het financieel overzicht van het Actieplan programma Samen tegen mensenhandel van 18 oktober 2023',
        'Programma Samen tegen mensenhandel (€ 2 mln.) 2023 2024 2025 2026',
        'a. Programmakosten (apparaatsbudget) 0,3 0,3 0,3 0,3',
        'b. No Regrets 1,7 - - -',
        'c. Actielijn 1. Creëren van brede bewustwording - 0,2 0,3 0',
        'd. Actielijn 2. Vergroten van de meldingsbereidheid - 0,15 0,4 0,35',
        'e. Actielijn 3. Investeren en werken aan een betere vaststelling van slachtofferschap en bescherming van slachtoffers I',
        '\\- 0,4 0,2 0',
        'f. Actielijn 4. Verbeteren van de (bovenregionale en regionale) samenwerking',
        '\\- 0,35 0,3 0,2',
        'g. Actielijn 5. Verbetering van de informatiedeling en gegevensverwerking',
        '\\- 0,1 0,3 0,1',
        'h. Reservering voor vervolgacties 2023, 2024, 2025 - 0,5 0,2 1,05',
        'Totaal 2 2 2 2',
        'Actielijn 1. Creëren van brede bewustwording',
        '(€ x10.000)€ x1000)',
        '2023 2024 2025 2026',
        '1. Inventarisatie bestaande bewustwordingscampagnes. 5',
        '2. Nulmeting signaleerders. 5',
        '3 en 4. Een gerichte communicatiestrategie (in 2024 gericht op seksuele uitbuiting en in 2025 gericht op arbeids- en criminele uitbuiting).',
        '10 10',
        '5. Preventie op school 20',
        'Totaal 0 20 30 0',
      ].join('\n\n'),
    );
  });

  it('joins text across footnotes and the footer, keeps the signature and the bijlage apart (seed 002)', () => {
    expect(body(fixtureLines('002-brief-footer.txt')).split('\n\n').slice(-6)).toEqual(
      [
        'Naast de uitvoering van de eerdergenoemde moties, informeer ik uw Kamer graag over de uitvoering van de ' +
          'motie-Mutluer c.s.8 Deze motie, ingediend en aangenomen op 21 december, verzoekt de regering om een onderzoek ' +
          'te doen hoe een landelijke aansturing en coördinatie van mensenhandel wel kan worden bewerkstelligd en welke ' +
          'meerwaarde een nationaal coördinator mensenhandel daarbij kan hebben. Hierbij kondig ik aan dat ik naar ' +
          'aanleiding van deze motie een onderzoek zal uitzetten. Ook geef ik samen met het Ministerie van ' +
          'Volksgezondheid, Welzijn en Sport uitvoering aan de motie Mutluer c.s.9 die de regering verzoekt om met ' +
          'betrokken gemeenten en de VNG in overleg te treden over mogelijke continuering van het House of Inner ' +
          'Strength. Hierover bent u geïnformeerd in de beantwoording van de Kamervragen aangaande hulp aan mannelijke ' +
          'sekswerkers.10',
        'De Staatssecretaris van Justitie en Veiligheid, E. van der Burg',
        '(Financieel) overzicht van voorstellen van samenwerkingspartners na debat 21 december 2023',
        'Klantaanpak',
        'Meest kansrijke acties Korte toelichting eerste appreciatie',
        'Geschatte kosten',
      ],
    );
  });
});
