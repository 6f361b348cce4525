// "Snel weg" in Chromium: early in the tab order, leaves by location.replace (Back does not return), also on Shift ×3.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadDossier } from '../../src/lib/dossier.ts';
import { withSite } from '../helpers/browser.ts';
import { siteBuilds } from '../helpers/builds.ts';

const { quickExit } = loadDossier('content').site;

describe.each(siteBuilds())('quick exit $where', ({ distDir, base }) => {
  const site = withSite(distDir, base);

  /** A page that has visited the home page and then a document; the neutral site is answered locally. */
  async function readingPage(): Promise<Page> {
    const context = await site.browser().newContext();
    await context.route(`${quickExit.url}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>neutraal</title>' }));
    const page = await context.newPage();
    await page.goto(site.server().url('/'));
    await page.goto(site.server().url('/tijdlijn/'));
    return page;
  }

  it('is a visible link, reached by the second Tab after the skip link', async () => {
    const page = await readingPage();
    const exit = page.getByRole('link', { name: quickExit.label });
    expect(await exit.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(quickExit.label);
    expect(await exit.getAttribute('rel')).toBe('noreferrer');
    await page.context().close();
  });

  it('replaces the page, so that Back does not return to it', async () => {
    const page = await readingPage();
    await page.getByRole('link', { name: quickExit.label }).click();
    await page.waitForURL(`${quickExit.url}**`);
    await page.goBack();
    expect(page.url()).toBe(site.server().url('/'));
    await page.context().close();
  });

  it('also fires on Shift pressed three times', async () => {
    const page = await readingPage();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await page.waitForURL(`${quickExit.url}**`);
    await page.context().close();
  });
});
