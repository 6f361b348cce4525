// /begroting/ in Chromium: every chart and table shows at 1280 px and at 320 px, and the page never scrolls sideways.
import { describe, expect, it } from 'vitest';
import { loadDossier } from '../../src/lib/dossier.ts';
import { withSite } from '../helpers/browser.ts';
import { siteBuilds } from '../helpers/builds.ts';

const specs = loadDossier('content').charts!.charts;

describe.each(siteBuilds())('/begroting/ $where', ({ distDir, base }) => {
  const site = withSite(distDir, base);

  it.each([1280, 320])('at %i px shows every chart and table without horizontal scrolling of the page', async (width) => {
    const page = await site.browser().newPage({ viewport: { width, height: 900 } });
    await page.goto(site.server().url('/begroting/'));
    for (const spec of specs) {
      const figure = page.locator(`#grafiek-${spec.name}`);
      const svgBox = await figure.locator('svg[role="img"]').first().boundingBox();
      expect(svgBox?.width, spec.name).toBeGreaterThan(width >= 1280 ? 300 : 200);
      expect(svgBox!.x + svgBox!.width).toBeLessThanOrEqual(width);
      expect(await figure.locator('table').isVisible()).toBe(true);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.close();
  });
});
