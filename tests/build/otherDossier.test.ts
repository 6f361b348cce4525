// CONTENT_DIR builds another dossier from the same engine, under a base path, with its redirects and URL registry.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/buildSite.ts';
import { fixturesDir, miniDossierWith } from '../helpers/fixtureDossier.ts';
import { readPage } from '../helpers/html.ts';

const outDirs: string[] = [];
function tempOut(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kamerdossier-other-'));
  outDirs.push(dir);
  return dir;
}
afterAll(() => outDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('CONTENT_DIR', () => {
  const outDir = tempOut();
  const result = buildSite({ CONTENT_DIR: join(fixturesDir, 'mini-dossier'), OUT_DIR: outDir, BASE_PATH: '/oefen/' });

  it('builds the fixture dossier with its own title, documents, terms and timeline', () => {
    expect(result.status, result.output).toBe(0);
    const home = readPage(outDir, '/');
    expect(home('title').text()).toBe('Oefendossier Waterbeheer');
    expect(home('.story a').attr('href')).toBe('/oefen/tijdlijn/2031-02-motie-dijken/');
    const doc = readPage(outDir, '/documenten/motie-dijken/');
    expect(doc('h1').text()).toBe('Motie over het versterken van dijken');
    expect(doc('.meta').text()).toContain('omstreeks februari 2031');
    expect(readPage(outDir, '/begrippen/')('dt#dijk').text()).toBe('Dijk');
    expect(readPage(outDir, '/tijdlijn/dijken/')('.timeline-item').length).toBe(1);
    expect(existsSync(join(outDir, 'documenten', 'brief-appreciatie-amendement-ceder'))).toBe(false);
  });

  it('puts every link, feed and canonical URL under the base path', () => {
    const doc = readPage(outDir, '/documenten/motie-dijken/');
    const local = doc('a[href^="/"], link[href^="/"]').map((_, a) => doc(a).attr('href')).get();
    expect(local.length).toBeGreaterThan(0);
    expect(local.filter((href) => !href.startsWith('/oefen/'))).toEqual([]);
    expect(doc('link[rel=canonical]').attr('href')).toBe('http://localhost:4321/oefen/documenten/motie-dijken/');
    expect(readFileSync(join(outDir, 'tijdlijn.xml'), 'utf8')).toContain('<link>http://localhost:4321/oefen/tijdlijn/2031-02-motie-dijken/</link>');
  });

  it('keeps a published URL working through its redirect page', () => {
    const redirect = readPage(outDir, '/documenten/oude-motie/');
    expect(redirect('meta[http-equiv=refresh]').attr('content')).toContain('/oefen/documenten/motie-dijken/');
    expect(redirect('a[href="/oefen/documenten/motie-dijken/"]').length).toBe(1);
  });
});

describe('the URL registry', () => {
  it('fails the build when a published URL disappears without a redirect', () => {
    const root = miniDossierWith({ 'published-urls.txt': 'bad-input/published-urls-dropped.txt' });
    const result = buildSite({ CONTENT_DIR: root, OUT_DIR: tempOut() });
    expect(result.status).toBe(1);
    expect(result.output).toContain('published-urls.txt: these published URLs are no longer built:\n  - /documenten/verdwenen-motie/\n');
  });
});
