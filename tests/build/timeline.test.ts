// The timeline of the real content: overview, entry pages with their sources and share tags, thread pages, feed, sitemap.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { imageSize } from 'image-size';
import ogs from 'open-graph-scraper';
import { describe, expect, inject, it } from 'vitest';
import { sortByDate } from '../../src/lib/dates.ts';
import { loadDossier } from '../../src/lib/dossier.ts';
import { builtPages, checkPublishedUrls } from '../../src/lib/publishedUrls.ts';
import { readPage } from '../helpers/html.ts';

const distDir = inject('distDir');
const dossier = loadDossier('content');

describe('timeline overview', () => {
  const $ = readPage(distDir, '/tijdlijn/');

  it('lists every entry with an anchor, in date order, grouped by year', () => {
    const ids = $('.timeline-item').map((_, li) => $(li).attr('id')).get();
    expect(ids).toEqual(sortByDate(dossier.timeline).map((t) => t.data.slug));
    const years = $('.timeline-year h2').map((_, h) => $(h).text()).get();
    expect(years).toEqual([...new Set(dossier.timeline.map((t) => t.data.date.iso?.slice(0, 4) ?? 'Datum onbekend'))].sort());
    for (const year of $('.timeline-year').toArray()) {
      const label = $(year).find('h2').text();
      for (const time of $(year).find('time').toArray()) expect($(time).attr('datetime')?.startsWith(label)).toBe(true);
    }
  });

  it('links every thread page', () => {
    for (const thread of Object.keys(dossier.site.threads)) {
      expect($(`a[href="/tijdlijn/${thread}/"]`).length).toBe(1);
      const page = readPage(distDir, `/tijdlijn/${thread}/`);
      const visible = page('.timeline-item:not([hidden])').map((_, li) => page(li).attr('id')).get();
      const expected = dossier.timeline.filter((t) => t.data.threads.includes(thread)).map((t) => t.data.slug);
      expect(visible.sort()).toEqual(expected.sort());
    }
  });
});

describe.each(dossier.timeline.map((t) => [t.data.slug, t] as const))('entry %s', (slug, entry) => {
  const html = readFileSync(join(distDir, 'tijdlijn', slug, 'index.html'), 'utf8');
  const $ = readPage(distDir, `/tijdlijn/${slug}/`);

  it('shows the date as <time>, the title and each source quote linking to its passage', () => {
    expect($('main h1').text()).toBe(entry.data.title);
    if (entry.data.date.iso) expect($('main .entry-date time').attr('datetime')).toBe(entry.data.date.iso);
    const quotes = $('.sources blockquote').map((_, q) => $(q).text().trim()).get();
    expect(quotes).toEqual(entry.data.sources.map((s) => s.quote));
    for (const link of $('.sources a').map((_, a) => $(a).attr('href')).get()) {
      if (link.startsWith('http')) continue;
      const [path, id] = link.split('#');
      expect(readPage(distDir, path!)(`[id="${id}"]`).length, link).toBe(1);
    }
  });

  it('has share tags that an Open Graph parser reads, with a 1200×630 PNG', async () => {
    const { result } = await ogs({ html });
    expect(result.ogTitle).toBe(entry.data.title);
    expect(result.ogType).toBe('article');
    expect(result.ogLocale).toBe('nl_NL');
    expect(result.ogUrl).toBe(`http://localhost:4321/tijdlijn/${slug}/`);
    expect(result.twitterCard).toBe('summary_large_image');
    const image = result.ogImage?.[0];
    expect(image).toMatchObject({ url: `http://localhost:4321/og/tijdlijn/${slug}.png`, width: '1200', height: '630' });
    expect(image?.alt).toBeTruthy();
    const png = readFileSync(join(distDir, 'og', 'tijdlijn', `${slug}.png`));
    expect(imageSize(png)).toMatchObject({ type: 'png', width: 1200, height: 630 });
  });
});

describe('feed and sitemap', () => {
  it('the feed lists every entry with an absolute URL', () => {
    const feed = readFileSync(join(distDir, 'tijdlijn.xml'), 'utf8');
    for (const { data } of dossier.timeline) expect(feed).toContain(`<link>http://localhost:4321/tijdlijn/${data.slug}/</link>`);
  });

  it('the sitemap lists the entries and documents', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    for (const { data } of [...dossier.timeline, ...dossier.documents]) expect(sitemap).toMatch(new RegExp(`/${data.slug}/</loc>`));
  });
});

describe('permanent links', () => {
  it('the committed registry lists every built page, and every listed page is built or redirected', () => {
    expect(checkPublishedUrls(dossier.published, builtPages(distDir), dossier.redirects)).toEqual({ missing: [], unregistered: [] });
  });
});
