// Page furniture: running footers, `datum …` and `blad …` headers go, with the blank lines around them; content stays.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { isFurnitureLine, removeFurniture, stripFurniture } from '../../../src/lib/import/furniture.ts';

const fixtureLines = (name: string) =>
  readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8').split('\n');

describe('isFurnitureLine', () => {
  it.each([
    'Tweede Kamer, vergaderjaar 2023–2024, 28 638, nr. 247 4',
    'Tweede Kamer, vergaderjaar 2025–2026, 36 800 VI, nr. 131 2',
    'Tweede Kamer, vergaderjaar 2023–2024, 28 638, nr. 247',
    ' datum 21 december 2023 ',
    ' blad 2 ',
  ])('recognises %j', (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it.each([
    'De stemming over het amendement vond plaats op 21 december 2023 . ',
    'Het wetsvoorstel is op 21 december 2023 aangenomen door de Tweede Kamer. ',
    'Kamerstukken II 2023/24, 28 638, nr. 238.',
    'Zie Tweede Kamer, vergaderjaar 2023–2024, 28 638, nr. 247 4 voor de brief.',
    'de datum 21 december 2023 is genoemd',
    'blad 2 van de bijlage',
    'Totaal 2 2 2 2',
  ])('keeps content %j', (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });
});

describe('removeFurniture and stripFurniture', () => {
  it('removes the page header of seed 004 and the stray blank lines around it', () => {
    const excerpt = fixtureLines('004-stemming-furniture.txt').slice(10, 28);
    expect(removeFurniture(excerpt).map((line) => line ?? '<removed>').join('\n')).toBe(
      [
        'herhaaldelijk niet behalen van de doelstellingen uit de Nationale Veiligheidsagenda dat dit ',
        'programma steviger vormgegeven dient te worden. Dit amendement voorziet in de hiervoor ',
        'benodigde financiële middelen.  ',
        ...Array<string>(13).fill('<removed>'),
        'Mensenhandel houdt nauw verband met andere vormen van ondermijnende criminaliteit. ',
        'Op dit moment is er sprake van forse onderbesteding op de middelen voor de aanpak van ',
      ].join('\n'),
    );
    expect(stripFurniture(excerpt.join('\n'))).toBe(
      'herhaaldelijk niet behalen van de doelstellingen uit de Nationale Veiligheidsagenda dat dit \n' +
        'programma steviger vormgegeven dient te worden. Dit amendement voorziet in de hiervoor \n' +
        'benodigde financiële middelen.  \n' +
        '\n' +
        'Mensenhandel houdt nauw verband met andere vormen van ondermijnende criminaliteit. \n' +
        'Op dit moment is er sprake van forse onderbesteding op de middelen voor de aanpak van ',
    );
  });

  it('removes the running footer of seed 002 between footnotes and the next page', () => {
    const excerpt = fixtureLines('002-brief-footer.txt').slice(45, 56).join('\n');
    expect(stripFurniture(excerpt)).toBe(
      '\n' +
        '7 Kamerstukken II, 2022/23, 28 684, nr. 717.\n' +
        '8 Kamerstukken II 2023/24, 28 638, nr. 244.\n' +
        '\n' +
        'nationaal coördinator mensenhandel daarbij kan hebben. Hierbij kondig ik \n' +
        'aan dat ik naar aanleiding van deze motie een onderzoek zal uitzetten. Ook \n' +
        'geef ik samen met het Ministerie van Volksgezondheid, Welzijn en Sport ',
    );
  });

  it('leaves a text without furniture as it is', () => {
    const excerpt = fixtureLines('001-brief-superscripts.txt').join('\n');
    expect(stripFurniture(excerpt)).toBe(excerpt);
  });
});
