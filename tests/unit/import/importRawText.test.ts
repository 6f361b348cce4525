// The whole pipeline: raw excerpts of the seeds (with their artefacts) to the exact Markdown draft.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { importRawText, importRawTextWithReport } from '../../../src/lib/import/importRawText.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');

describe('importRawText', () => {
  it('turns 000-amendement-footnotes.txt into the exact draft', () => {
    expect(importRawText(fixture('000-amendement-footnotes.txt'), { sourceFile: 'sources/000_0b4b285f26cc7aa8.txt' })).toBe(`---
title: "TODO"
slug: "todo"
type: "TODO"            # one of: amendement, brief, motie, verslag, verslag schriftelijk overleg, inbreng schriftelijk overleg, stemmingsuitslag, wetsvoorstel, nota, handelingen
kamerstuk:
  dossier: "36 800 VI"  # from the running footer
  nummer: 131
  vergaderjaar: "2025–2026"
date: "unknown"         # YYYY-MM-DD, YYYY-MM, YYYY or unknown
sender: "TODO"
summary: "TODO"         # 80 to 200 words of plain Dutch (B1)
sourceFile: "sources/000_0b4b285f26cc7aa8.txt"
---

Het Online Outreach Programma is erop gericht om via een proactieve werkwijze (mogelijke) slachtoffers van seksuele uitbuiting online te bereiken. Volgens indiener is dit van groot belang. Het aantal registraties van slachtoffers van mensenhandel in Nederland neemt namelijk af. In 2023 waren er bijvoorbeeld 868 geregistreerde slachtoffers, terwijl er wordt geschat dat er jaarlijks ongeveer 5000 slachtoffers van mensenhandel in Nederland zijn. Steeds meer mensenhandel lijkt dus onder de radar plaats te vinden, waarbij het zicht op slachtoffers afneemt. Mede om die reden meent indiener dat dit programma onmisbaar werk doet om slachtoffers van mensenhandel toch proberen te bereiken.[^1]

Op basis van de nu bekende resultaten concludeert indiener dat het programma effectief is. Zo werd er op 15% van de uitgestuurde berichten persoonlijk gereageerd, waarvan in de meeste gevallen positief. In bijna driekwart van de gevallen dat er werd gereageerd, ontstond vervolgens een inhoudelijk gesprek, zo is te lezen in een rapport over de bevindingen voor de periode van maart 2022 tot maart 2023.[^2] Indiener is benieuwd naar de eindrapportage die in de eerste helft van 2026 met de Kamer zal worden gedeeld, maar ziet dat het noodzakelijk is om nu alvast geld vrij te maken voor een vervolg van het programma, gezien het feit dat het programma reeds is beëindigd.

Gezien de noodzaak van het proactief bereiken van potentiële slachtoffers van seksuele uitbuiting en de effectiviteit van het Online Outreach Programma, beoogt indiener geld vrij te maken voor het voortzetten van dit programma. Dekking wordt gevonden in de verwachte onderuitputting op het ondermijningsbudget. Bij dit budget is het in de afgelopen jaren (2023, 2024 en 2025) structureel voor minimaal 10 procent niet tot besteding gekomen of wordt dat verwacht. Dit leidde tot onderuitputting van respectievelijk 95,0 miljoen euro, 98,8 miljoen euro en (verwacht) 86,5 miljoen euro. Het Ministerie van Financiën schrijft dan ook in de Ombuigingenlijst 2025 dat «een besparing [kan] worden gerealiseerd van 20 miljoen euro structureel».[^3] Dit laatste beoogt indiener niet. Hij vindt de aanpak van ondermijning van groot belang. Evenwel denkt hij dat een beperkte inzet van de verwachte onderuitputting in 2026 inpasbaar is.

Ceder

[^1]: https://www.spine.ngo/wp-content/uploads/2024/12/2024DEC_Rapport-Online-Outreach-Programma-resultaten_DEF.pdf
[^2]: https://www.spine.ngo/wp-content/uploads/2024/12/2024DEC_Rapport-Online-Outreach-Programma-resultaten_DEF.pdf
[^3]: https://open.overheid.nl/documenten/0e0467bc-6ff8-4da5-8a04-5271440acbee/file.
`);
  });

  it('turns 001-brief-superscripts.txt into the exact draft', () => {
    expect(importRawText(fixture('001-brief-superscripts.txt'), { sourceFile: 'sources/001_244db3b2a01fd04f.txt' })).toBe(`---
title: "TODO"
slug: "todo"
type: "TODO"            # one of: amendement, brief, motie, verslag, verslag schriftelijk overleg, inbreng schriftelijk overleg, stemmingsuitslag, wetsvoorstel, nota, handelingen
kamerstuk:
  dossier: "36 800 VI"  # from the title block
  nummer: 136
  vergaderjaar: "TODO"  # not stated in the text: fill in, or delete this line
date: "2026-03-23"      # the text says "23 maart 2026"
sender: "TODO"
summary: "TODO"         # 80 to 200 words of plain Dutch (B1)
sourceFile: "sources/001_244db3b2a01fd04f.txt"
---

36 800 VI Vaststelling van de begrotingsstaten van het Ministerie van Justitie en Veiligheid (VI) voor het jaar 2026

Nr. 136 Brief van de minister van Justitie en Veiligheid

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 23 maart 2026

De begrotingsbehandeling van het ministerie van Justitie en Veiligheid (JenV) heeft plaatsgevonden op 28 en 29 februari jl. Na de begrotingbehandeling, op 2 maart jl., is het amendement met Kamerstuk 36 800 VI, nr. 131 ingediend door het lid Ceder over middelen voor het Online Outreach Programma (amendement Ceder).[^1] Middels deze brief informeer ik uw Kamer over de appreciatie op het amendement Ceder.

Met het amendement wil de indiener € 350.000 beschikbaar stellen voor de voortzetting van het Online Outreach Programma van Spine. Met deze middelen kan het programma, dat zich richt op het proactief bereiken van potentiële slachtoffers van seksuele uitbuiting, worden voortgezet na de beëindiging van de huidige financiering per 31 oktober 2025. De beoogde dekking is de verwachte onderuitputting van het ondermijningsbudget in 2026, zonder dat de structurele aanpak van ondermijning wordt beïnvloed.

Ik ontraad dit amendement, omdat het op dit moment niet past binnen de prioriteiten van de aanpak van mensenhandel. Er zal nader worden bezien of een programma zoals het Online Outreach Programma een aanvulling zal zijn op de getroffen acties in de aanpak van mensenhandel. Vanuit het programma Samen tegen mensenhandel wordt ingezet op het ontwikkelen van een centraal informatiepunt, dat doorontwikkeld zal worden naar een nationaal verwijzingsmechanisme, conform de Europese Richtlijn mensenhandel.[^2][^3] Het nationaal verwijzingsmechanisme dient voor de vroegtijdige opsporing en identificatie van en bijstand en ondersteuning aan geïdentificeerde en vermoedelijke slachtoffers. Omdat zowel het centraal informatiepunt als het nationaal verwijzingsmechanisme dit jaar nader worden ingevuld, past het op dit moment niet om het Online Outreach Programma voor dit jaar te financieren, zoals gevraagd in het amendement.

[^1]: Kamerstukken II, 2025/2026, 36 800 VI, nr. 131.
[^2]: Actieplan programma Samen tegen mensenhandel: [Versterkt Actieplan programma Samen tegen mensenhandel | Rapport | Rijksoverheid.nl](#)
[^3]: Europese richtlijn inzake de voorkoming en bestrijding van mensenhandel en de bescherming van slachtoffers daarvan: [Richtlijn \\(EU\\) 2024/1712 van het Europees Parlement en de Raad](#)
`);
  });

  it('turns 002-brief-page-break.txt into the exact draft', () => {
    expect(importRawText(fixture('002-brief-page-break.txt'), { sourceFile: 'sources/002_1be756ebf3e8973c.txt' })).toBe(`---
title: "TODO"
slug: "todo"
type: "TODO"            # one of: amendement, brief, motie, verslag, verslag schriftelijk overleg, inbreng schriftelijk overleg, stemmingsuitslag, wetsvoorstel, nota, handelingen
kamerstuk:              # not stated in the text: fill in, or delete these four lines
  dossier: "TODO"       # e.g. "28 638" or "36 800 VI"
  nummer: "TODO"        # a number, e.g. 247
  vergaderjaar: "TODO"  # e.g. "2023–2024"
date: "unknown"         # YYYY-MM-DD, YYYY-MM, YYYY or unknown
sender: "TODO"
summary: "TODO"         # 80 to 200 words of plain Dutch (B1)
sourceFile: "sources/002_1be756ebf3e8973c.txt"
---

Tijdens het commissiedebat over het programma Samen tegen mensenhandel (Kamerstuk 28 638, nr. 246) en het daaropvolgende tweeminutendebat van 21 december 2023 heb ik met uw Kamer gesproken over het Actieplan van het programma Samen tegen mensenhandel dat op 18 oktober 2023 naar uw Kamer is gestuurd.[^1]

Een deel van uw Kamer gaf tijdens het debat aan een aantal thema’s niet of onvoldoende in het Actieplan terug te zien, zoals de klantaanpak, de bescherming van minderjarigen, criminele uitbuiting, de opvang van slachtoffers en het thema technologie. Dit komt ook tot uitdrukking in een motie die op dezelfde dag door uw Kamer is aangenomen en die de regering verzoekt tot een fundamentele herziening van het actieplan te komen.[^2] In het debat heb ik ook toegezegd nog voordat uw Kamer de begroting van het Ministerie van Justitie en Veiligheid behandelt – op 7 en 8 februari 2024 – een brief te sturen met daarin een overzicht van de kosten die met het nemen van extra acties met betrekking tot deze thema’s gemoeid zijn.

## 1. Voorstellen samenwerkingspartners

Met deze brief voer ik mede namens de Staatssecretaris van Volksgezondheid, Welzijn en Sport, de Minister van Sociale Zaken en Werkgelegenheid, de Minister van Buitenlandse Zaken en de Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking deze toezegging uit. In de maand januari heb ik overleg gevoerd met de meest betrokken samenwerkingspartners; zij zijn allen lid van de regiegroep van het programma Samen tegen mensenhandel. In de regiegroep nemen vertegenwoordigers van de volgende organisaties deel: het Ministerie van Justitie en Veiligheid, het Ministerie van Buitenlandse zaken, het Ministerie van Sociale Zaken en Werkgelegenheid, het Ministerie van Volksgezondheid, Welzijn en Sport, de Vereniging Nederlandse Gemeenten (VNG), de politie, het openbaar ministerie (OM), de Nederlandse Arbeidsinspectie (NLA), Coördinatiecentrum tegen Mensenhandel (CoMensha), het Strategisch Overleg Mensenhandel (SOM)3, de Regionale Informatie- en Expertise Centra (RIEC’s) en het Landelijk Informatie- en Expertise Centrum (LIEC) en een vertegenwoordiger van zorgcoördinatoren mensenhandel in Nederland. Aan hen ik heb ik de vraag voorgelegd welke initiatieven in het kader van de genoemde thema’s kunnen worden ondernomen en hoeveel die gaan kosten.

[^1]: Actieplan programma Samen tegen mensenhandel, Kamerstukken 2023/24, 28 638 nr. 233.
[^2]: Kamerstukken II 2023/24, 28 638, nr. 238.
`);
  });

  it('turns 004-stemming-furniture.txt into the exact draft', () => {
    expect(importRawText(fixture('004-stemming-furniture.txt'), { sourceFile: 'sources/004_ec96d93191c404e5.txt' })).toBe(`---
title: "TODO"
slug: "todo"
type: "TODO"            # one of: amendement, brief, motie, verslag, verslag schriftelijk overleg, inbreng schriftelijk overleg, stemmingsuitslag, wetsvoorstel, nota, handelingen
kamerstuk:              # not stated in the text: fill in, or delete these four lines
  dossier: "TODO"       # e.g. "28 638" or "36 800 VI"
  nummer: "TODO"        # a number, e.g. 247
  vergaderjaar: "TODO"  # e.g. "2023–2024"
date: "2023-12-21"      # the text says "21 december 2023"
sender: "TODO"
summary: "TODO"         # 80 to 200 words of plain Dutch (B1)
sourceFile: "sources/004_ec96d93191c404e5.txt"
---

Dit amendement regelt extra middelen voor de bestrijding van mensenhandel.

Het gaat namelijk niet goed met de bestrijding van mensenhandel in Nederland. Hoewel mensenhandel een prioriteit is in de Nationale Veiligheidsagenda, blijft het aantal zaken dat de politie aanlevert bij het Openbaar Ministerie achter bij de al zeer voorzichtige ondergrens van 220 zaken per jaar. Uiteraard behelst de aanpak mensenhandel meer dan opsporing alleen, maar die urgentie komt op dit moment nog niet genoeg tot uiting in het programma Samen tegen mensenhandel. Dit programma voldoet op dit moment immers nog niet aan de door de Kamer gestelde voorwaarden, bijvoorbeeld op het gebied van criminele uitbuiting, technologie, en de aanpak van klanten. Ook blijkt uit signalen vanuit het veld en het herhaaldelijk niet behalen van de doelstellingen uit de Nationale Veiligheidsagenda dat dit programma steviger vormgegeven dient te worden. Dit amendement voorziet in de hiervoor benodigde financiële middelen.

Mensenhandel houdt nauw verband met andere vormen van ondermijnende criminaliteit. Op dit moment is er sprake van forse onderbesteding op de middelen voor de aanpak van ondermijnende criminaliteit. Indieners zijn van mening dat de aanpak van ondermijnende criminaliteit dermate belangrijk is dat deze onderuitputting niet geheel dient vrij te vallen, maar dient te worden ingezet voor het tegengaan van mensenhandel. Daarom zetten zij 2 miljoen euro van deze onderuitputting (afkomstig van artikel 33) in ter dekking.

De indieners verzoeken deze middelen doormiddel van een kasschuif ter beschikking te stellen aan de begroting voor 2024. Daarnaast geven de indieners het kabinet in overweging in het vervolg deze middelen structureel te maken, bijvoorbeeld door de middelen voor ondermijningsbestrijding ook voor de aanpak van eveneens ondermijnende mensenhandel aan te wenden.

Verworpen. Voor: SP, GroenLinks-PvdA, Volt, DENK, PvdD, ChristenUnie, SGP en CDA.
`);
  });

  it('keeps a footnote-like line as text when no marker for it comes before it', () => {
    const raw = 'Een zin zonder verwijzing. \n\n¹ Kamerstukken II 2023/24, 28 638, nr. 238.\n\nDaarna: een verwijzing.¹ \n';
    const { markdown, warnings } = importRawTextWithReport(raw, { sourceFile: 'sources/x.txt' });
    expect(markdown.split('---\n')[2]).toBe('\nEen zin zonder verwijzing.\n\n¹ Kamerstukken II 2023/24, 28 638, nr. 238.\n\nDaarna: een verwijzing.¹\n');
    expect(warnings).toEqual([]);
  });

  it('warns about a footnote whose marker cannot be placed in order, and keeps its definition', () => {
    const { markdown, warnings } = importRawTextWithReport('Eerst.2 Dan.1 \n\n1 Een.\n2 Twee.\n', { sourceFile: 'sources/x.txt' });
    expect(markdown.split('---\n')[2]).toBe('\nEerst.2 Dan.[^1]\n\n[^1]: Een.\n[^2]: Twee.\n');
    expect(warnings).toEqual(['footnote 2: no marker found in the text; place [^2] by hand']);
  });

  it('reads CRLF line ends and a byte-order mark like plain LF text', () => {
    const raw = fixture('000-amendement-footnotes.txt');
    expect(importRawText(`\uFEFF${raw.replace(/\n/g, '\r\n')}`, { sourceFile: 's.txt' })).toBe(importRawText(raw, { sourceFile: 's.txt' }));
  });
});
