// Joining lines of one paragraph: line-end hyphenation undone, real hyphens, dashes and URLs kept (cases from the seeds).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { collectHyphenatedPairs, dehyphenate, joinLinePair, joinLines } from '../../../src/lib/import/dehyphenate.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');

describe('joinLinePair', () => {
  it('drops the hyphen of a word split at the line end when the next line starts lower-case', () => {
    expect(joinLinePair(' Tijdens het commissiedebat over het programma Samen tegen mensen-', 'handel (Kamerstuk 28 638, nr. 246) en het daaropvolgende tweeminuten-'))
      .toBe(' Tijdens het commissiedebat over het programma Samen tegen mensenhandel (Kamerstuk 28 638, nr. 246) en het daaropvolgende tweeminuten-');
    expect(joinLinePair('Met deze brief voer ik mede namens de Staatssecretaris van Volksge-', 'zondheid, Welzijn en Sport,'))
      .toBe('Met deze brief voer ik mede namens de Staatssecretaris van Volksgezondheid, Welzijn en Sport,');
    expect(joinLinePair('Gezien de noodzaak van het proactief bereiken van potentiële slacht-', 'offers van seksuele uitbuiting'))
      .toBe('Gezien de noodzaak van het proactief bereiken van potentiële slachtoffers van seksuele uitbuiting');
    expect(joinLinePair('het Ministerie van Buitenlandse zaken, het Minis-', ' terie van Sociale Zaken en Werkgelegenheid, het Ministerie van Volksge-'))
      .toBe('het Ministerie van Buitenlandse zaken, het Ministerie van Sociale Zaken en Werkgelegenheid, het Ministerie van Volksge-');
  });

  it('keeps the hyphen of a shortened compound before en/of/tot/als, with the space', () => {
    expect(joinLinePair('het Strategisch Overleg Mensenhandel (SOM)3, de Regionale Informatie- ', 'en Expertise Centra (RIEC’s)'))
      .toBe('het Strategisch Overleg Mensenhandel (SOM)3, de Regionale Informatie- en Expertise Centra (RIEC’s)');
    expect(joinLinePair('uitbuiting en in 2025 gericht op arbeids-', 'en criminele uitbuiting). ')).toBe('uitbuiting en in 2025 gericht op arbeids- en criminele uitbuiting). ');
    expect(joinLinePair('zowel binnen-', 'als buitenland')).toBe('zowel binnen- als buitenland');
    expect(joinLinePair('binnen-', 'tot')).toBe('binnen- tot');
    expect(joinLinePair('mensen-', 'totaal')).toBe('mensentotaal');
  });

  it('keeps the hyphen, without a space, before a capital or a figure', () => {
    expect(joinLinePair('Voor: SP, GroenLinks-', 'PvdA, Volt, DENK')).toBe('Voor: SP, GroenLinks-PvdA, Volt, DENK');
    expect(joinLinePair('Betreft het COVID-', '19-virus')).toBe('Betreft het COVID-19-virus');
  });

  it('keeps the hyphen after an acronym or a name with inner capitals', () => {
    expect(joinLinePair('de leden van de GroenLinks-PvdA-', 'fractie')).toBe('de leden van de GroenLinks-PvdA-fractie');
    expect(joinLinePair('de leden van de NSC-', 'fractie')).toBe('de leden van de NSC-fractie');
  });

  it('keeps the hyphen of a compound the document writes with a hyphen inside a line', () => {
    const seedLines = ['inzake wettelijke verankering van het non-', 'punishmentbeginsel. ', '30 Veranker het non-punishmentbeginsel binnen '];
    const context = { hyphenatedPairs: collectHyphenatedPairs(seedLines) };
    expect(joinLinePair(seedLines[0] ?? '', seedLines[1] ?? '', context)).toBe('inzake wettelijke verankering van het non-punishmentbeginsel. ');
    expect(joinLinePair(seedLines[0] ?? '', seedLines[1] ?? '')).toBe('inzake wettelijke verankering van het nonpunishmentbeginsel. ');
  });

  it('joins a URL broken after a hyphen without a space and keeps the hyphen', () => {
    expect(joinLinePair('1 https://www.spine.ngo/wp-content/uploads/2024/12/2024DEC_Rapport-Online-Outreach-', 'Programma-resultaten_DEF.pdf'))
      .toBe('1 https://www.spine.ngo/wp-content/uploads/2024/12/2024DEC_Rapport-Online-Outreach-Programma-resultaten_DEF.pdf');
    expect(joinLinePair('⁴ <https://www.nationaalrapporteur.nl/publicaties/rapporten/', '2024/02/28/brede-blik-op-daderschap>.'))
      .toBe('⁴ <https://www.nationaalrapporteur.nl/publicaties/rapporten/2024/02/28/brede-blik-op-daderschap>.');
    expect(joinLinePair('zie https://www.rijksoverheid.nl/', 'voor meer informatie')).toBe('zie https://www.rijksoverheid.nl/ voor meer informatie');
  });

  it('leaves dashes and hyphens inside lines alone and joins other lines with one space', () => {
    expect(joinLinePair('de Veiligheidsagenda 2023–2026 landelijke beleidsdoelstellingen ten ', 'aanzien van mensenhandel'))
      .toBe('de Veiligheidsagenda 2023–2026 landelijke beleidsdoelstellingen ten aanzien van mensenhandel');
    expect(joinLinePair('begroting van het Ministerie van Justitie en Veiligheid behandelt – op 7 en ', '8 februari 2024 – een brief'))
      .toBe('begroting van het Ministerie van Justitie en Veiligheid behandelt – op 7 en 8 februari 2024 – een brief');
    expect(joinLinePair('Tweede Kamer, vergaderjaar 2023–', '2024')).toBe('Tweede Kamer, vergaderjaar 2023–2024');
    expect(joinLinePair('b. No Regrets 1,7 - - -', 'c. Actielijn 1.')).toBe('b. No Regrets 1,7 - - - c. Actielijn 1.');
  });
});

describe('joinLines and dehyphenate', () => {
  it('joins table header lines with single spaces and no trailing space', () => {
    expect(joinLines(['Meest kansrijke acties ', 'Korte toelichting eerste ', 'appreciatie '])).toBe('Meest kansrijke acties Korte toelichting eerste appreciatie');
  });

  it('reflows the first paragraph of seed 002 exactly', () => {
    const paragraph = fixture('002-brief-page-break.txt').split('\n').slice(0, 5).join('\n');
    expect(dehyphenate(paragraph)).toBe(
      'Tijdens het commissiedebat over het programma Samen tegen mensenhandel (Kamerstuk 28 638, nr. 246) en het ' +
        'daaropvolgende tweeminutendebat van 21 december 2023 heb ik met uw Kamer gesproken over het Actieplan van het ' +
        'programma Samen tegen mensenhandel dat op 18 oktober 2023 naar uw Kamer is gestuurd.1',
    );
  });

  it('dehyphenates the paragraph of seed 003 with "meege-/nomen" and keeps "politie-agenten"-style hyphens in lines', () => {
    expect(dehyphenate('voor vormen van (intensief) toezicht? Deze leden hopen dat dit meege-\nnomen kan worden in het nieuwe versterkte Actieplan.'))
      .toBe('voor vormen van (intensief) toezicht? Deze leden hopen dat dit meegenomen kan worden in het nieuwe versterkte Actieplan.');
    expect(dehyphenate('Op welke wijze worden reclasseringsmedewerkers, politie-agenten, officieren van justitie'))
      .toBe('Op welke wijze worden reclasseringsmedewerkers, politie-agenten, officieren van justitie');
  });
});
