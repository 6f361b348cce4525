import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentErrors } from '../../src/lib/contentErrors.ts';
import { displayPath } from '../../src/lib/contentRoot.ts';
import { loadDossier } from '../../src/lib/dossier.ts';
import { dossierWithBadDocument, fixturesDir, miniDossierWith } from '../helpers/fixtureDossier.ts';

function errorsOf(root: string): string[] {
  try {
    loadDossier(root);
  } catch (error) {
    if (error instanceof ContentErrors) return error.errors.map((e) => e.message);
    throw error;
  }
  throw new Error('expected the content check to fail');
}

function badFile(root: string, name: string): string {
  return displayPath(join(root, 'documents', `${name}.md`));
}

describe('the content check', () => {
  it('accepts the fixture dossier and the real content', () => {
    const mini = loadDossier(join(fixturesDir, 'mini-dossier'));
    expect(mini.site.title).toBe('Oefendossier Waterbeheer');
    expect(mini.documents.map((d) => d.data.slug)).toEqual(['motie-dijken']);
    expect(mini.documents[0]?.data.date).toEqual({ iso: '2031-02', precision: 'month', qualifier: 'approximately' });
    expect(loadDossier('content').documents.length).toBeGreaterThan(0);
  });

  const cases: [name: string, field: string, problem: string][] = [
    ['missing-field', 'title', 'is missing; this field is required'],
    [
      'unknown-type',
      'type',
      'has a value that is not allowed; use one of: amendement, brief, motie, verslag, verslag schriftelijk overleg, inbreng schriftelijk overleg, stemmingsuitslag, wetsvoorstel, nota, handelingen',
    ],
    ['impossible-date', 'date', '2026-02-29 is not a date in the calendar'],
    ['impossible-date-30-february', 'date', '2024-02-30 is not a date in the calendar'],
    ['malformed-citation', 'kamerstuk.dossier', 'must look like "28 638" or "36 800 VI"'],
    ['duplicate-key', 'date', 'appears twice (line 6); keep one of them'],
  ];

  it.each(cases)('%s: names the file and the field', (name, field, problem) => {
    const root = dossierWithBadDocument(name);
    expect(errorsOf(root)).toEqual([`${badFile(root, name)}: field "${field}": ${problem}`]);
  });

  it('duplicate-slug: names both files (in file-name order) and the field', () => {
    const root = dossierWithBadDocument('duplicate-slug');
    const second = displayPath(join(root, 'documents', 'motie-dijken.md'));
    expect(errorsOf(root)).toEqual([
      `${second}: field "slug": "motie-dijken" is already used by ${badFile(root, 'duplicate-slug')}; choose another`,
    ]);
  });

  it('timeline: a quote that is not in its document names the entry file and the quote', () => {
    const root = miniDossierWith({ 'timeline/quote.md': 'bad-input/timeline/quote-not-in-document.md' });
    expect(errorsOf(root)).toEqual([
      `${displayPath(join(root, 'timeline', 'quote.md'))}: field "sources.0.quote": "verzoekt de regering de dijken te verlagen" is not in document "motie-dijken"; copy the words exactly from one paragraph`,
    ]);
  });

  it('timeline: a reference to an unknown document names the entry file and the field', () => {
    const root = miniDossierWith({ 'timeline/unknown.md': 'bad-input/timeline/unknown-document.md' });
    expect(errorsOf(root)).toEqual([
      `${displayPath(join(root, 'timeline', 'unknown.md'))}: field "documents.0": there is no document with slug "motie-bruggen"`,
    ]);
  });

  const unsafe: [name: string, ext: string, line: number, problem: string][] = [
    ['raw-script', 'md', 18, 'raw HTML <script> is not allowed; write Markdown instead'],
    ['event-attribute', 'md', 16, 'an on…= attribute (an event handler) is not allowed'],
    ['javascript-url', 'md', 16, 'the link "javascript:alert(1)" is not allowed; links go to https:, mailto:, tel: or a page of this site'],
    ['mdx-import', 'mdx', 16, 'import from "../../src/components/QuickExit.astro" is not on the allow-list; import components only from "@kamerdossier/components"'],
  ];

  it.each(unsafe)('%s: content that could run code names the file, the body line and the problem', (name, ext, line, problem) => {
    const root = dossierWithBadDocument(name, ext);
    const file = displayPath(join(root, 'documents', `${name}.${ext}`));
    expect(errorsOf(root)).toEqual([`${file}: field "body": line ${line}: ${problem}`]);
  });

  it.each([
    ['bad-dotted-string', 'items.0.amount', '"1.234.567" is text; write the amount as a whole number of euros without dots, e.g. 1234567'],
    ['bad-negative', 'rows.0.amounts.2031', 'is negative (-5); an amount cannot be below zero'],
  ])('data/%s: a wrongly written amount names the file and the field', (name, field, problem) => {
    const root = miniDossierWith({ [`data/${name}.yaml`]: `data/${name}.yaml` });
    expect(errorsOf(root)).toContain(`${displayPath(join(root, 'data', `${name}.yaml`))}: field "${field}": ${problem}`);
  });
});
