// Offline reading in real Chromium, at the root and under a base path: after one visit every page and the search work
// with no network, and a new build replaces the stored copy as a whole.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadDossier } from '../../src/lib/dossier.ts';
import { SERVICE_WORKER_FILE } from '../../src/lib/precache.ts';
import { joinBase, routes } from '../../src/lib/urls.ts';
import { withBrowser } from '../helpers/browser.ts';
import { TEST_BASE_PATH } from '../helpers/buildOnce.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';

const dossier = loadDossier('content');
const browser = withBrowser();

/** The names of this site's caches, once the service worker is in charge of the page. */
function siteCaches(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return (await caches.keys()).filter((name) => name.startsWith(`kamerdossier ${registration.scope} `));
  });
}

/** Opens the home page and waits until the service worker has stored the whole site. */
async function firstVisit(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await expect.poll(() => siteCaches(page), { timeout: 30_000 }).toHaveLength(1);
  return page;
}

describe.each([
  { where: 'at the root', distDir: inject('distDir'), base: '/' },
  { where: `under ${TEST_BASE_PATH}`, distDir: inject('distDirUnderBase'), base: TEST_BASE_PATH },
])('offline $where', ({ distDir, base }) => {
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveDist(distDir, base);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('after one visit, pages and search work without a network, and the page says it is offline', async () => {
    const context = await browser().newContext();
    const page = await firstVisit(context, server.url('/'));
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(server.origin + joinBase(base, '/'));
    const precached: string[] = JSON.parse(/^const PRECACHE = (.*);$/m.exec(readFileSync(join(distDir, SERVICE_WORKER_FILE), 'utf8'))![1]!).urls;
    const [cacheName] = await siteCaches(page);
    expect(await page.evaluate(async (name) => (await (await caches.open(name)).keys()).length, cacheName!)).toBe(precached.length);

    await context.setOffline(true);
    await page.reload();
    const notice = page.getByText('U bent offline. U leest een opgeslagen versie.');
    expect(await notice.isVisible()).toBe(true);

    const pages = [
      { path: routes.document(dossier.documents[0]!.data.slug), title: dossier.documents[0]!.data.title },
      { path: routes.timelineEntry(dossier.timeline.at(-1)!.data.slug), title: dossier.timeline.at(-1)!.data.title },
      { path: routes.home(), title: dossier.site.title },
      ...(existsSync(join(distDir, 'begroting/index.html')) ? [{ path: '/begroting/', title: undefined }] : []),
    ];
    for (const { path, title } of pages) {
      const response = await page.goto(server.url(path));
      expect(response?.status(), path).toBe(200);
      expect(response?.fromServiceWorker(), path).toBe(true);
      if (title) expect(await page.locator('h1').textContent(), path).toBe(title);
      expect(await notice.isVisible(), path).toBe(true);
    }

    await page.goto(server.url('/zoeken/?q=slachtoffer'));
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/^\d+ resultaten voor «slachtoffer»$/);
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);

    // Every page of the site is stored, so an address that is not is not a page: the stored 404 page says so.
    const missing = await page.goto(server.url('/bestaat-niet/'));
    expect(missing?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Pagina niet gevonden');

    await context.setOffline(false);
    await expect.poll(() => notice.isVisible()).toBe(false);
    await context.close();
  });

  it('a new build gets a cache of its own, filled as a whole, and replaces the old one once no page uses it', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'kamerdossier-redeploy-'));
    cpSync(distDir, copy, { recursive: true });
    const redeployed = await serveDist(copy, base);
    const context = await browser().newContext();
    try {
      const page = await firstVisit(context, redeployed.url('/'));
      const [before] = await siteCaches(page);

      // A deploy: the home page and the version change. The test server keeps each file's size (and ETag) from its
      // start, so every change keeps the length, and the browser's HTTP cache is emptied so it does not ask "changed?".
      const edit = (file: string, from: string | RegExp, to: string) => writeFileSync(join(copy, file), readFileSync(join(copy, file), 'utf8').replace(from, to));
      edit('index.html', 'Naar de inhoud', 'Nieuwe versie!');
      edit(SERVICE_WORKER_FILE, /"version":"[0-9a-f]+"/, '"version":"0000000000000000"');
      await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());

      // The open page keeps the old version; the new one waits, its cache complete, next to the old one.
      await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).waiting?.state ?? 'none'), { timeout: 30_000 }).toBe('installed');
      const names = await siteCaches(page);
      const after = names.find((name) => name !== before)!;
      expect(after).toMatch(/ 0000000000000000$/);
      const entries = (name: string) => page.evaluate(async (n) => (await (await caches.open(n)).keys()).length, name);
      expect(await entries(after)).toBe(await entries(before!));
      // Never a mix: while a page runs on the old version, even a reload comes from the old cache, not the new files.
      await page.reload();
      expect(await page.getByText('Nieuwe versie!').count()).toBe(0);
      await page.close();

      const reopened = await context.newPage();
      await reopened.goto(redeployed.url('/'));
      await expect.poll(() => siteCaches(reopened), { timeout: 30_000 }).toEqual([after]);
      await context.setOffline(true);
      await reopened.reload();
      expect(await reopened.getByText('Nieuwe versie!').count()).toBe(1);
    } finally {
      await context.close();
      await redeployed.close();
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
