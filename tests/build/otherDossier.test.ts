// CONTENT_DIR builds another dossier from the same engine.
import { mkdtempSync, rmSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/buildSite.ts';
import { fixturesDir } from '../helpers/fixtureDossier.ts';
import { readPage } from '../helpers/html.ts';

describe('CONTENT_DIR', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'kamerdossier-other-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  const result = buildSite({ CONTENT_DIR: join(fixturesDir, 'mini-dossier'), OUT_DIR: outDir, BASE_PATH: '/oefen/' });

  it('builds the fixture dossier with its own title, documents and terms', () => {
    expect(result.status, result.output).toBe(0);
    const home = readPage(outDir, '/');
    expect(home('title').text()).toBe('Oefendossier Waterbeheer');
    const doc = readPage(outDir, '/documenten/motie-dijken/');
    expect(doc('h1').text()).toBe('Motie over het versterken van dijken');
    expect(doc('.meta').text()).toContain('omstreeks februari 2031');
    expect(readPage(outDir, '/begrippen/')('dt#dijk').text()).toBe('Dijk');
    expect(existsSync(join(outDir, 'documenten', 'brief-appreciatie-amendement-ceder'))).toBe(false);
  });

  it('puts every link under the base path', () => {
    const doc = readPage(outDir, '/documenten/motie-dijken/');
    const local = doc('a[href^="/"], link[href^="/"]').map((_, a) => doc(a).attr('href')).get();
    expect(local.length).toBeGreaterThan(0);
    expect(local.filter((href) => !href.startsWith('/oefen/'))).toEqual([]);
  });
});
