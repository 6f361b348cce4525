// The timeline in real Chromium: an anchored entry is shown and highlighted, the thread filter narrows in place,
// and the share control copies the permalink.
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDossier } from '../../src/lib/dossier.ts';
import { joinBase } from '../../src/lib/urls.ts';
import { withSite } from '../helpers/browser.ts';
import { siteBuilds } from '../helpers/builds.ts';

const dossier = loadDossier('content');

describe.each(siteBuilds())('timeline in Chromium $where', ({ distDir, base }) => {
  const site = withSite(distDir, base);
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.browser().newContext({ viewport: { width: 1280, height: 800 } });
  });

  it('opening /tijdlijn/#<slug> shows and highlights that entry', async () => {
    const target = dossier.timeline.at(-1)!.data.slug;
    const page = await context.newPage();
    await page.goto(site.server().url(`/tijdlijn/#${target}`));
    const entry = page.locator(`[id="${target}"]`);
    await expect.poll(() => entry.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await entry.isVisible()).toBe(true);
    const box = await entry.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(800);
    expect(await entry.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    const other = page.locator('.timeline-item').first();
    expect(await other.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
    await page.close();
  });

  it('the thread filter narrows the list in place and updates the URL and the announced count', async () => {
    const [thread, label] = Object.entries(dossier.site.threads)[0]!;
    const expected = dossier.timeline.filter((t) => t.data.threads.includes(thread)).length;
    const page = await context.newPage();
    await page.goto(site.server().url('/tijdlijn/'));
    const visible = page.locator('.timeline-item:visible');
    expect(await visible.count()).toBe(dossier.timeline.length);
    await page.getByRole('link', { name: label, exact: true }).click();
    await expect.poll(() => visible.count()).toBe(expected);
    expect(expected).toBeLessThan(dossier.timeline.length);
    expect(new URL(page.url()).pathname).toBe(joinBase(base, `/tijdlijn/${thread}/`));
    expect(await page.locator('[data-filter-status]').textContent()).toBe(`${expected} gebeurtenissen: ${label}`);
    await page.goBack();
    await expect.poll(() => visible.count()).toBe(dossier.timeline.length);
    await page.close();
  });

  it('the share control copies the permalink and says so', async () => {
    const slug = dossier.timeline[0]!.data.slug;
    const copying = await site.browser().newContext();
    await copying.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server().origin });
    // Chromium on a desktop has no Web Share API; make sure the copy path is the one under test.
    await copying.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    const page = await copying.newPage();
    await page.goto(site.server().url(`/tijdlijn/${slug}/`));
    await page.getByRole('button', { name: 'Kopieer de link' }).click();
    const permalink = `http://localhost:4321${joinBase(base, `/tijdlijn/${slug}/`)}`;
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);
    expect(await page.getByRole('status').filter({ hasText: 'gekopieerd' }).textContent()).toBe(`De link is gekopieerd: ${permalink}`);
    await copying.close();
  });
});
