// Gates on the built HTML, without a browser: html-validate finds no errors and every internal link and anchor resolves.
// Each gate also runs on tests/fixtures/broken-site, where it must fail.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteBuilds } from '../helpers/builds.ts';
import { brokenLinks, htmlErrors } from '../helpers/gates.ts';
import { fixturesDir } from '../helpers/fixtureDossier.ts';

const brokenSite = join(fixturesDir, 'broken-site');

describe('html-validate', () => {
  it.each(siteBuilds())('finds no error on any page of the build $where', async ({ distDir }) => {
    expect(await htmlErrors(distDir)).toEqual([]);
  });
  it('fails on a broken page', async () => {
    const errors = await htmlErrors(brokenSite);
    expect(errors.some((e) => e.includes('no-dup-id'))).toBe(true);
  });
});

describe('links', () => {
  it.each(siteBuilds())('every internal link and #anchor of the build $where resolves, and target=_blank links have rel="noopener noreferrer"', ({ distDir, base }) => {
    expect(brokenLinks(distDir, base)).toEqual([]);
  });
  it('fails on a broken site', () => {
    expect(brokenLinks(brokenSite)).toEqual([
      '/: target="_blank" without rel="noopener noreferrer"',
      '/: /bestaat-niet/ does not exist',
      '/: /kapot/#nergens has no element with id "nergens"',
    ]);
  });
});
