// The benchmark's synthetic dossier: passes the real content check, has the counts asked for, is the same for a seed.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusOf } from '../../../src/lib/bench/corpus.ts';
import { dossierCounts, generateDossier, slugify, type GenerateOptions } from '../../../src/lib/bench/generate.ts';
import { editDocument, writeSyntheticDossier } from '../../../src/lib/bench/writeDossier.ts';
import { loadDossier } from '../../../src/lib/dossier.ts';
import { parseSourceFile } from '../../../src/lib/frontmatter.ts';

const real = loadDossier('content');
const corpus = corpusOf(real);
const roots: string[] = [];

function written(options: GenerateOptions): string {
  const root = mkdtempSync(join(tmpdir(), 'kamerdossier-bench-test-'));
  roots.push(root);
  writeSyntheticDossier(corpus, 'content', root, options);
  return root;
}

const files = (options: GenerateOptions) => [...generateDossier(corpus, options)];

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('dossierCounts', () => {
  it('has one timeline entry per two documents and one term per twenty, at least twelve', () => {
    expect(dossierCounts(10)).toEqual({ documents: 10, timeline: 5, glossary: 12 });
    expect(dossierCounts(101)).toEqual({ documents: 101, timeline: 51, glossary: 12 });
    expect(dossierCounts(1000)).toEqual({ documents: 1000, timeline: 500, glossary: 50 });
    expect(dossierCounts(10_000)).toEqual({ documents: 10_000, timeline: 5000, glossary: 500 });
    expect(() => dossierCounts(0)).toThrow(/at least 1/);
  });
});

describe('a generated dossier', () => {
  it('passes the real content check, with the counts asked for', () => {
    const root = written({ documents: 13, seed: 1 });
    const dossier = loadDossier(root);
    expect(dossier.documents).toHaveLength(13);
    expect(dossier.timeline).toHaveLength(7);
    expect(dossier.glossary).toHaveLength(12);
    expect(dossier.site.story.length).toBeGreaterThanOrEqual(5);
    expect(dossier.site.story.length).toBeLessThanOrEqual(7);
    expect(Object.keys(dossier.site.threads)).toEqual(Object.keys(real.site.threads));
    // The real data and pages are there, so /begroting/ is built with its charts.
    expect(dossier.pages.map((p) => p.data.slug)).toContain('begroting');
    expect(dossier.charts?.charts.length).toBe(real.charts?.charts.length);
  });

  it('passes the content check with terms made from the documents beyond the twelve real ones', () => {
    const dossier = loadDossier(written({ documents: 6, seed: 2, terms: 40 }));
    expect(dossier.glossary).toHaveLength(40);
  });

  it('keeps the real documents unchanged and varies the others', () => {
    const generated = files({ documents: 12, seed: 3 }).filter((f) => f.path.startsWith('documents/'));
    const bodies = generated.map((f) => parseSourceFile(f.content, f.path).body.trim());
    for (const doc of real.documents) expect(bodies).toContain(doc.body.trim());
    const synthetic = bodies.filter((body) => !real.documents.some((doc) => doc.body.trim() === body));
    expect(synthetic).toHaveLength(12 - real.documents.length);
    expect(new Set(synthetic).size).toBe(synthetic.length);
  });

  it('is the same for the same seed, and another for another seed', () => {
    const options = { documents: 20, seed: 7 };
    expect(files(options)).toEqual(files(options));
    const other = files({ ...options, seed: 8 });
    expect(other.map((f) => f.content)).not.toEqual(files(options).map((f) => f.content));
  });

  it('differs by the label only in site.yaml (the share images)', () => {
    const plain = files({ documents: 8, seed: 1 });
    const labelled = files({ documents: 8, seed: 1, label: 'meting 1' });
    const differing = plain.filter((file, i) => file.content !== labelled[i]?.content).map((f) => f.path);
    expect(differing).toEqual(['site.yaml']);
    expect(labelled.find((f) => f.path === 'site.yaml')?.content).toContain('(meting 1)');
  });

  it('can change one document the way an editor would, and stays valid', () => {
    const root = written({ documents: 10, seed: 4 });
    const slug = loadDossier(root).documents.map((d) => d.data.slug).find((s) => /-\d+$/.test(s))!;
    const file = editDocument(root, slug);
    expect(readFileSync(file, 'utf8')).toContain('(bijgewerkt)');
    expect(loadDossier(root).documents.find((d) => d.data.slug === slug)?.data.title).toMatch(/\(bijgewerkt\)$/);
  });
});

describe('slugify', () => {
  it('makes URL slugs of Dutch titles', () => {
    expect(slugify('Brief over de opvang van slachtoffers')).toBe('brief-over-de-opvang-van-slachtoffers');
    expect(slugify('Financiële gevolgen: één overzicht')).toBe('financiele-gevolgen-een-overzicht');
    expect(slugify('een heel lange titel die veel te lang is voor een slug van een pagina', 20)).toBe('een-heel-lange-titel');
  });
});
