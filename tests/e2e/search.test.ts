// Search in real Chromium, on the site built at the root and under a base path: Dutch word forms, filters, links that
// land on the passage, the search kept in the URL, the header search box, and the page without JavaScript.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadDossier } from '../../src/lib/dossier.ts';
import { joinBase, routes } from '../../src/lib/urls.ts';
import { withBrowser } from '../helpers/browser.ts';
import { TEST_BASE_PATH } from '../helpers/buildOnce.ts';
import { readPage } from '../helpers/html.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';

const dossier = loadDossier('content');
const browser = withBrowser();

/** Pages whose own text has `plural` but never `singular`: found for `singular` only through stemming. */
function onlyInPlural(singular: string, plural: string): { path: string; title: string }[] {
  const has = (text: string, word: string) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'iu').test(text);
  const pages = [
    ...dossier.documents.map(({ data, body }) => ({ path: routes.document(data.slug), title: data.title, text: `${data.title}\n${data.summary}\n${body}` })),
    ...dossier.timeline.map(({ data, body }) => ({ path: routes.timelineEntry(data.slug), title: data.title, text: `${data.title}\n${body}` })),
  ];
  return pages.filter(({ text }) => has(text, plural) && !has(text, singular)).map(({ path, title }) => ({ path, title }));
}

describe.each([
  { where: 'at the root', distDir: inject('distDir'), base: '/' },
  { where: `under ${TEST_BASE_PATH}`, distDir: inject('distDirUnderBase'), base: TEST_BASE_PATH },
])('search $where', ({ distDir, base }) => {
  let server: StaticServer;
  const sitePath = (path: string) => joinBase(base, path);

  beforeAll(async () => {
    server = await serveDist(distDir, base);
  });
  afterAll(async () => {
    await server?.close();
  });

  const status = (page: Page) => page.locator('[data-search-status]');
  /** The number the live region announces, once it announces one. */
  async function announced(page: Page): Promise<number> {
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(/^(\d+ resultaten?|Geen resultaten) voor «/);
    const text = (await status(page).textContent()) ?? '';
    return text.startsWith('Geen') ? 0 : Number.parseInt(text, 10);
  }
  /** Paths of every result, after showing them all. */
  async function resultPaths(page: Page): Promise<string[]> {
    const total = await announced(page);
    const items = page.locator('.search-result');
    for (let shown = await items.count(); shown < total; shown = await items.count()) {
      await page.getByRole('button', { name: 'Meer resultaten' }).click();
      await expect.poll(() => items.count(), { timeout: 15_000 }).toBeGreaterThan(shown);
    }
    return page.locator('.search-result h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  }

  it('finds inflected Dutch forms: «slachtoffer» finds the pages that only say «slachtoffers»', async () => {
    const expected = onlyInPlural('slachtoffer', 'slachtoffers');
    expect(expected.length).toBeGreaterThan(0);
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(server.url('/zoeken/?q=slachtoffer'));
    const total = await announced(page);
    expect(await status(page).textContent()).toBe(`${total} resultaten voor «slachtoffer»`);
    const paths = await resultPaths(page);
    expect(paths).toHaveLength(total);
    for (const { path } of expected) expect(paths).toContain(sitePath(path));
    await context.close();
  });

  it('«amendementen» finds the amendments and their timeline entries', async () => {
    const expected = [
      ...dossier.documents.filter(({ data }) => data.type === 'amendement').map(({ data }) => routes.document(data.slug)),
      ...dossier.timeline.filter(({ data }) => data.threads.includes('amendementen')).map(({ data }) => routes.timelineEntry(data.slug)),
    ];
    expect(expected.length).toBeGreaterThan(1);
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(server.url('/zoeken/?q=amendementen'));
    const paths = await resultPaths(page);
    for (const path of expected) expect(paths).toContain(sitePath(path));
    // Thread pages repeat the timeline and are left out of the index; so is the search page itself.
    for (const thread of Object.keys(dossier.site.threads)) expect(paths).not.toContain(sitePath(routes.thread(thread)));
    await context.close();
  });

  it('a filter, chosen with the keyboard, narrows the results and is kept in a link that can be shared', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(server.url('/zoeken/?q=slachtoffer'));
    const all = await announced(page);
    await page.getByText('Resultaten filteren').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('checkbox', { name: 'Document', exact: true }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toContain('met filter: Document');
    const narrowed = await announced(page);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    const documentPaths = new Set(dossier.documents.map(({ data }) => sitePath(routes.document(data.slug))));
    for (const path of await resultPaths(page)) expect(documentPaths).toContain(path);
    for (const facts of await page.locator('.search-result-facts').allTextContents()) expect(facts).toMatch(/^Document · /);

    const shared = new URL(page.url());
    expect(shared.pathname).toBe(sitePath(routes.search()));
    expect(shared.searchParams.get('q')).toBe('slachtoffer');
    expect(shared.searchParams.getAll('soort')).toEqual(['document']);
    const again = await context.newPage();
    await again.goto(shared.href);
    expect(await announced(again)).toBe(narrowed);
    expect(await again.getByRole('checkbox', { name: 'Document', exact: true }).isChecked()).toBe(true);
    await context.close();
  });

  it('a passage link lands on the paragraph, list item, table row or heading it names', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(server.url('/zoeken/?q=slachtoffer&soort=document'));
    await announced(page);
    // Every passage link names an element of the built page, and some land deeper than a heading.
    const targets = await page.locator('.search-result-passages a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    const tags = targets.map((target) => {
      const url = new URL(target);
      const built = readPage(distDir, url.pathname.slice(base.length - 1));
      return built(`[id="${decodeURIComponent(url.hash.slice(1))}"]`).prop('tagName')?.toLowerCase();
    });
    expect(tags.length).toBeGreaterThan(0);
    expect(tags).not.toContain(undefined);
    expect(tags.filter((tag) => tag === 'p' || tag === 'li' || tag === 'tr')).not.toEqual([]);

    const passage = page.locator('.search-result-passages a').first();
    const href = new URL((await passage.getAttribute('href'))!, page.url());
    expect(href.hash).toMatch(/^#./);
    await passage.click();
    await page.waitForURL(href.href);
    const id = decodeURIComponent(href.hash.slice(1));
    const target = page.locator(`[id="${id}"]`);
    expect(await target.count()).toBe(1);
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await target.textContent()).toMatch(/slachtoffer/i);
    await context.close();
  });

  it('the search box in the header leads to the results; "Meer resultaten" shows the rest and moves focus there', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(server.url('/'));
    await page.getByRole('searchbox', { name: 'Zoek in dit dossier' }).fill('slachtoffers');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === sitePath(routes.search()) && url.searchParams.get('q') === 'slachtoffers');
    const total = await announced(page);
    expect(await page.locator('#zoekvraag').inputValue()).toBe('slachtoffers');
    // This dossier has more pages with «slachtoffers» than one screen of results shows.
    const shown = await page.locator('.search-result').count();
    expect(total).toBeGreaterThan(shown);
    await page.getByRole('button', { name: 'Meer resultaten' }).press('Enter');
    await expect.poll(() => page.locator('.search-result').count(), { timeout: 15_000 }).toBeGreaterThan(shown);
    expect(await page.locator('.search-result').nth(shown).locator('h2 a').evaluate((a) => a === document.activeElement)).toBe(true);
    await context.close();
  });

  it('without JavaScript the page says so and links to the documents, the timeline and the glossary', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url('/zoeken/?q=slachtoffer'));
    expect(await page.getByText('Zoeken werkt alleen als JavaScript aan staat in uw browser.').isVisible()).toBe(true);
    expect(await page.getByRole('searchbox', { name: 'Zoek een woord in alle stukken' }).isVisible()).toBe(false);
    for (const [name, path] of [
      ['Alle documenten', routes.documents()],
      ['De tijdlijn', routes.timeline()],
      ['De begrippen', routes.glossary()],
    ] as const) {
      expect(await page.getByRole('main').getByRole('link', { name, exact: true }).getAttribute('href')).toBe(sitePath(path));
    }
    await context.close();
  });
});
