// What a browser downloads for one page of a built site: HTML, CSS, JS with its imports (gzip, as a host sends them), images.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';

export interface PageWeight {
  path: string;
  htmlBytes: number;
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  /** HTML + CSS + JS, gzip. Images are not counted (the share image is never shown by the page). */
  totalGzip: number;
  /** HTML, stylesheets, scripts and their static imports, images and icons the page references. */
  requests: number;
  css: string[];
  js: string[];
  images: string[];
  /** Modules a script loads only when it runs (`import()`), not counted above. */
  lazyJs: string[];
}

interface Asset {
  gzip: number;
  imports: string[];
  lazy: string[];
}

/** The HTML file of a site path: `/x/` is `x/index.html`. */
export function pageFile(distDir: string, path: string): string {
  return join(distDir, path.endsWith('.html') ? path : `${path}index.html`);
}

export function gzipSize(content: Buffer | string): number {
  return gzipSync(content).length;
}

/** Static imports and re-exports of an ES module (minified or not), and its dynamic `import("…")` calls. */
export function moduleImports(code: string): { imports: string[]; lazy: string[] } {
  const imports = new Set<string>();
  const lazy = new Set<string>();
  for (const match of code.matchAll(/\b(?:import|export)\s*(?:[\w$*{},\s]*?\bfrom\s*)?["']([^"']+)["']/g)) imports.add(match[1]!);
  for (const match of code.matchAll(/\bimport\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) lazy.add(match[1]!);
  return { imports: [...imports], lazy: [...lazy] };
}

/** Measures pages of one built site; files shared by many pages (CSS, JS) are read and compressed once. */
export function siteWeigher(distDir: string, base = '/'): (path: string) => PageWeight {
  const assets = new Map<string, Asset>();

  /** The site path of an URL the page references, or undefined for another origin, another base or a data: URL. */
  const fileOf = (url: string, from: string): string | undefined => {
    if (/^(data|blob|mailto|tel):/.test(url)) return undefined;
    const resolved = new URL(url, `http://site${from}`);
    if (resolved.host !== 'site' || !resolved.pathname.startsWith(base)) return undefined;
    return decodeURIComponent(resolved.pathname);
  };

  const asset = (sitePath: string, kind: 'css' | 'js'): Asset => {
    const known = assets.get(sitePath);
    if (known) return known;
    const file = join(distDir, sitePath.slice(base.length));
    const content = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
    const found = kind === 'js' ? moduleImports(content.toString('utf8')) : { imports: [], lazy: [] };
    const measured = { gzip: gzipSize(content), imports: found.imports, lazy: found.lazy };
    assets.set(sitePath, measured);
    return measured;
  };

  return (path) => {
    const html = readFileSync(pageFile(distDir, path));
    const $ = cheerio.load(html);
    const pageUrl = base + path.replace(/^\//, '');
    const css = new Set<string>();
    const js = new Set<string>();
    const lazyJs = new Set<string>();
    const images = new Set<string>();
    const add = (set: Set<string>, url: string | undefined, from = pageUrl): string | undefined => {
      const file = url ? fileOf(url, from) : undefined;
      if (file) set.add(file);
      return file;
    };
    $('link[rel~="stylesheet"][href]').each((_, el) => void add(css, $(el).attr('href')));
    const queue: string[] = [];
    $('script[src]').each((_, el) => {
      const file = add(js, $(el).attr('src'));
      if (file) queue.push(file);
    });
    // Modules the page's scripts import load with the page; follow them to the end.
    while (queue.length > 0) {
      const file = queue.pop()!;
      const module = asset(file, 'js');
      for (const spec of module.imports) {
        const imported = fileOf(spec, file);
        if (imported && !js.has(imported)) {
          js.add(imported);
          queue.push(imported);
        }
      }
      for (const spec of module.lazy) add(lazyJs, spec, file);
    }
    $('img[src]').each((_, el) => void add(images, $(el).attr('src')));
    $('link[rel~="icon"][href], link[rel~="apple-touch-icon"][href]').each((_, el) => void add(images, $(el).attr('href')));

    const htmlGzip = gzipSize(html);
    const cssGzip = [...css].reduce((sum, file) => sum + asset(file, 'css').gzip, 0);
    const jsGzip = [...js].reduce((sum, file) => sum + asset(file, 'js').gzip, 0);
    return {
      path,
      htmlBytes: html.length,
      htmlGzip,
      cssGzip,
      jsGzip,
      totalGzip: htmlGzip + cssGzip + jsGzip,
      requests: 1 + css.size + js.size + images.size,
      css: [...css],
      js: [...js],
      images: [...images],
      lazyJs: [...lazyJs].filter((file) => !js.has(file)),
    };
  };
}
