// The budget page of the real content: every chart as an accessible figure with its table, CSV and source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { toCsv } from '../../src/lib/budget/csv.ts';
import { loadDossier } from '../../src/lib/dossier.ts';
import { buildFigure } from '../../src/lib/figures.ts';
import type { TableData } from '../../src/schemas/data.ts';
import { builtPages } from '../../src/lib/publishedUrls.ts';
import { buildSite } from '../helpers/buildSite.ts';
import { miniDossierWith } from '../helpers/fixtureDossier.ts';
import { readPage } from '../helpers/html.ts';

const distDir = inject('distDir');
const dossier = loadDossier('content');
const specs = dossier.charts!.charts;

describe('/begroting/', () => {
  const $ = readPage(distDir, '/begroting/');

  it('shows every chart as a figure with caption, svg title and desc, table, CSV link and source', () => {
    expect($('main figure.chart-figure').length).toBe(specs.length);
    for (const spec of specs) {
      const figure = $(`#grafiek-${spec.name}`);
      expect(figure.find('figcaption').text()).toBe(spec.caption);
      const svg = figure.find('svg[role="img"]');
      expect(svg.children('title').text()).toBe(spec.title);
      expect(svg.children('desc').text()).toBe(spec.description.trim());
      expect(figure.find('table tbody tr').length).toBeGreaterThan(0);
      expect(figure.find(`a[href="/data/${spec.name}.csv"]`).attr('download')).toBeDefined();
      expect(figure.find('.chart-meta').text()).toContain('Bron:');
    }
  });

  it('the CSV of each chart holds exactly the numbers of its table', () => {
    for (const spec of specs) {
      const csv = readFileSync(join(distDir, 'data', `${spec.name}.csv`), 'utf8');
      expect(csv).toBe(toCsv(buildFigure(spec, dossier.datasets.get(spec.dataset)!).table));
    }
  });

  it('the overview CSV equals the data file, row by row, with an empty field where the source has no amount', () => {
    const table = dossier.datasets.get('actieplan-overzicht') as TableData;
    const lines = readFileSync(join(distDir, 'data', 'actieplan-per-jaar.csv'), 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe(['reeks', ...table.periods].join(','));
    table.rows.forEach((row, i) => {
      const fields = lines[i + 1]!.split(',').slice(-table.periods.length);
      expect(fields).toEqual(table.periods.map((p) => (row.amounts[p] === null ? '' : String(row.amounts[p]))));
    });
  });

  it('no page of the build has an inline style attribute', () => {
    const offenders = builtPages(distDir).filter((path) => readFileSync(join(distDir, path.endsWith('.html') ? path : `${path}index.html`), 'utf8').includes(' style='));
    expect(offenders).toEqual([]);
  });
});

describe('charts where they belong', () => {
  it('documents and timeline entries show the charts they name', () => {
    for (const { data } of dossier.documents) {
      const page = readPage(distDir, `/documenten/${data.slug}/`);
      expect(page('figure.chart-figure').map((_, f) => page(f).attr('id')).get()).toEqual(data.charts.map((c) => `grafiek-${c}`));
    }
    for (const { data } of dossier.timeline) {
      const page = readPage(distDir, `/tijdlijn/${data.slug}/`);
      expect(page('figure.chart-figure').map((_, f) => page(f).attr('id')).get()).toEqual(data.charts.map((c) => `grafiek-${c}`));
    }
    expect(dossier.documents.find((d) => d.data.kamerstuk?.nummer === 247)?.data.charts.length).toBeGreaterThan(0);
  });
});

describe('data that does not add up', () => {
  it('stops the build, naming the file, the row and the difference', () => {
    const root = miniDossierWith({ 'data/overzicht.yaml': 'data/bad-sum-table.yaml' });
    const result = buildSite({ CONTENT_DIR: root, OUT_DIR: join(root, 'dist') });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/data\/overzicht\.yaml: row "Totaal" 2031: the rows add up to €\s1\.900\.000, the stated total is €\s2\.000\.000 \(difference €\s100\.000\)/);
  });
});
