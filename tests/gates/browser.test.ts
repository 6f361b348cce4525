// Gates in real Chromium on every page of the build: axe (WCAG 2.2 AA) at 1280 px, at 320 px and without JavaScript;
// no request to another origin, no cookie, nothing in localStorage, and no Content-Security-Policy violation.
// Each gate also runs on tests/fixtures/broken-site, where it must fail.
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages } from '../../src/lib/publishedUrls.ts';
import { withBrowser } from '../helpers/browser.ts';
import { TEST_BASE_PATH } from '../helpers/buildOnce.ts';
import { fixturesDir } from '../helpers/fixtureDossier.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';

const distDir = inject('distDir');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Redirect pages only forward the reader; axe and the privacy gate look at the pages they lead to. */
const pages = builtPages(distDir);

const browser = withBrowser();
let site: StaticServer;
let broken: StaticServer;

beforeAll(async () => {
  site = await serveDist(distDir);
  broken = await serveDist(join(fixturesDir, 'broken-site'));
});
afterAll(async () => {
  await site?.close();
  await broken?.close();
});

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => `${v.id} (${v.nodes.length}× ${v.nodes[0]?.target.join(' ')})`);
}

/** Opens each path in `context` and reports axe violations per page. */
async function axeOnPages(context: BrowserContext, server: StaticServer, paths: string[], withScripts = true): Promise<string[]> {
  // Without the site's scripts: block them, rather than turn JavaScript off, which would also stop axe itself.
  if (!withScripts) await context.route(/\.m?js(\?.*)?$/, (route) => route.abort());
  const page = await context.newPage();
  const found: string[] = [];
  for (const path of paths) {
    await page.goto(server.url(path), { waitUntil: 'load' });
    if (await page.locator('meta[http-equiv="refresh"]').count()) continue;
    found.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
  }
  await page.close();
  return found;
}

describe('axe on every page', () => {
  it.each([
    ['1280 px', { viewport: { width: 1280, height: 900 } }, true],
    ['320 px', { viewport: { width: 320, height: 800 } }, true],
    ['without the site\'s JavaScript', { viewport: { width: 1280, height: 900 } }, false],
  ] as const)('%s: no WCAG 2.2 AA violation', async (_label, options, withScripts = true) => {
    const context = await browser().newContext(options);
    expect(await axeOnPages(context, site, pages, withScripts)).toEqual([]);
    await context.close();
  });

  it('fails on a broken page', async () => {
    const context = await browser().newContext();
    const found = await axeOnPages(context, broken, ['/']);
    expect(found.some((v) => v.startsWith('/: image-alt'))).toBe(true);
    expect(found.some((v) => v.startsWith('/: color-contrast'))).toBe(true);
    await context.close();
  });
});

interface Observations {
  foreignRequests: string[];
  cookies: string[];
  storage: string[];
  cspViolations: string[];
}

/** Loads each path (and runs a search where the page has the header search box) and records what it should not do. */
async function observe(server: StaticServer, paths: string[]): Promise<Observations> {
  const context = await browser().newContext();
  const seen: Observations = { foreignRequests: [], cookies: [], storage: [], cspViolations: [] };
  context.on('request', (request) => {
    if (!request.url().startsWith(server.origin) && !request.url().startsWith('data:')) seen.foreignRequests.push(request.url());
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  for (const path of paths) {
    await page.goto(server.url(path), { waitUntil: 'networkidle' });
    const state = await page.evaluate(() => ({
      cookie: document.cookie,
      storage: localStorage.length,
      csp: (window as unknown as { __csp?: string[] }).__csp ?? [],
    }));
    if (state.cookie) seen.cookies.push(`${path}: ${state.cookie}`);
    if (state.storage > 0) seen.storage.push(`${path}: ${state.storage} item(s)`);
    seen.cspViolations.push(...state.csp.map((v) => `${path}: ${v}`));
  }
  await context.close();
  return seen;
}

describe('privacy and the content security policy', () => {
  it('every page and a search: no request to another origin, no cookie, no localStorage, no CSP violation', async () => {
    const seen = await observe(site, [...pages, '/zoeken/?q=slachtoffers']);
    expect(seen).toEqual({ foreignRequests: [], cookies: [], storage: [], cspViolations: [] });
  });

  it(`the same under the base path ${TEST_BASE_PATH}`, async () => {
    const underBase = await serveDist(inject('distDirUnderBase'), TEST_BASE_PATH);
    const seen = await observe(underBase, [...pages, '/zoeken/?q=slachtoffers']);
    await underBase.close();
    expect(seen).toEqual({ foreignRequests: [], cookies: [], storage: [], cspViolations: [] });
  });

  it('fails on a page that tracks', async () => {
    const seen = await observe(broken, ['/']);
    expect(seen.foreignRequests).toEqual(['https://example.org/volg.png']);
    expect(seen.cookies).toEqual(['/: gevolgd=ja']);
    expect(seen.storage).toEqual(['/: 1 item(s)']);
  });

  it('fails on a page that breaks its content security policy', async () => {
    const seen = await observe(broken, ['/csp/']);
    expect(seen.cspViolations).toEqual(['/csp/: script-src-elem inline']);
  });
});
