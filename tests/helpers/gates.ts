// The quality gates as functions over a built site, so that each runs on the real build and on a deliberately broken one.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages } from '../../src/lib/publishedUrls.ts';
import { projectRoot } from './buildSite.ts';

/** The HTML file of a site path (`/x/` -> `x/index.html`, `/404.html` -> `404.html`). */
export function pageFile(distDir: string, path: string): string {
  return join(distDir, path.endsWith('.html') ? path : `${path}index.html`);
}

/** html-validate with the project's .htmlvalidate.json: one line per error, `path:line:col rule message`. */
export async function htmlErrors(distDir: string): Promise<string[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const errors: string[] = [];
  for (const path of builtPages(distDir)) {
    const file = pageFile(distDir, path);
    const report = await validator.validateString(readFileSync(file, 'utf8'), join(projectRoot, 'dist-page.html'));
    for (const result of report.results) {
      for (const m of result.messages) errors.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
  }
  return errors;
}

/**
 * Every internal link, asset and #anchor of every page resolves to a file (and an id) in the build; every
 * target="_blank" link has rel="noopener noreferrer". `base` is the base path the site was built for.
 */
export function brokenLinks(distDir: string, base = '/'): string[] {
  const problems: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (path: string): Set<string> | undefined => {
    if (!ids.has(path)) {
      const file = pageFile(distDir, path);
      if (!existsSync(file)) return undefined;
      const $ = cheerio.load(readFileSync(file, 'utf8'));
      ids.set(path, new Set($('[id]').map((_, el) => $(el).attr('id')!).get()));
    }
    return ids.get(path);
  };
  for (const page of builtPages(distDir)) {
    const $ = cheerio.load(readFileSync(pageFile(distDir, page), 'utf8'));
    $('[target="_blank"]').each((_, el) => {
      const rel = ($(el).attr('rel') ?? '').split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`${page}: target="_blank" without rel="noopener noreferrer"`);
    });
    $('a[href], link[href], script[src], img[src], form[action]').each((_, el) => {
      const raw = $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action')!;
      const url = new URL(raw, `http://site${base === '/' ? page : base + page.slice(1)}`);
      if (url.host !== 'site' || /^(mailto|tel):/.test(raw)) return;
      if (!url.pathname.startsWith(base)) {
        problems.push(`${page}: ${raw} is outside the base path ${base}`);
        return;
      }
      const path = `/${decodeURIComponent(url.pathname.slice(base.length))}`;
      const file = path.endsWith('/') ? join(distDir, path, 'index.html') : join(distDir, path);
      if (!existsSync(file)) {
        problems.push(`${page}: ${raw} does not exist`);
        return;
      }
      if (url.hash && path.endsWith('/') || url.hash && path.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!idsOf(path)?.has(id)) problems.push(`${page}: ${raw} has no element with id "${id}"`);
      }
    });
  }
  return problems;
}
