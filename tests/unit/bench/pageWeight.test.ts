// Page weight: the HTML, its stylesheets and scripts with the modules they import, gzip; requests with images.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gzipSize, moduleImports, siteWeigher } from '../../../src/lib/bench/pageWeight.ts';

const dist = mkdtempSync(join(tmpdir(), 'kamerdossier-weight-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function write(path: string, content: string): void {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), content);
}

describe('moduleImports', () => {
  it('finds static imports and re-exports of minified and plain modules, and dynamic imports apart', () => {
    const code = 'import{n as e,t}from"./urls.js";import "./side.js";export * from \'./more.js\';const p=await import("./lazy.js");let s=`import x`;';
    expect(moduleImports(code)).toEqual({ imports: ['./urls.js', './side.js', './more.js'], lazy: ['./lazy.js'] });
  });
});

describe('siteWeigher', () => {
  const css = 'body{color:#111}'.repeat(20);
  const entry = 'import{a}from"./shared.js";a();import("./later.js");';
  const shared = 'export function a(){return 1}';
  write('_astro/site.css', css);
  write('_astro/entry.js', entry);
  write('_astro/shared.js', shared);
  write('_astro/later.js', 'export const later=1;');
  write('icons/192.png', 'png');
  const html =
    '<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/icons/192.png">' +
    '<script type="module" src="/_astro/entry.js"></script><link rel="stylesheet" href="https://elders.example/x.css"></head>' +
    '<body><main><img src="/icons/192.png" alt=""><p>Tekst</p></main></body></html>';
  write('documenten/x/index.html', html);

  it('adds the CSS, the scripts and what they import, and counts the requests', () => {
    const weight = siteWeigher(dist)('/documenten/x/');
    expect(weight.css).toEqual(['/_astro/site.css']);
    expect(weight.js.sort()).toEqual(['/_astro/entry.js', '/_astro/shared.js']);
    expect(weight.lazyJs).toEqual(['/_astro/later.js']);
    expect(weight.images).toEqual(['/icons/192.png']);
    expect(weight.requests).toBe(1 + 1 + 2 + 1);
    expect(weight.htmlGzip).toBe(gzipSize(html));
    expect(weight.cssGzip).toBe(gzipSize(css));
    expect(weight.jsGzip).toBe(gzipSize(entry) + gzipSize(shared));
    expect(weight.totalGzip).toBe(weight.htmlGzip + weight.cssGzip + weight.jsGzip);
  });
});
