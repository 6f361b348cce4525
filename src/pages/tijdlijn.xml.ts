// The timeline as an RSS feed with absolute URLs; an item has a publication date only when the source gives the day.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { formatDossierDate, sortByDate } from '../lib/dates.ts';
import { currentDossier } from '../lib/currentDossier.ts';
import { absoluteUrl, routes } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const { site } = currentDossier();
  const base = import.meta.env.BASE_URL;
  const entries = sortByDate(await getCollection('timeline')).reverse();
  return rss({
    title: `Tijdlijn | ${site.title}`,
    description: site.description,
    site: absoluteUrl(String(siteUrl), base, routes.home()),
    customData: '<language>nl-NL</language>',
    items: entries.map(({ data, body }) => ({
      title: `${formatDossierDate(data.date)}: ${data.title}`,
      link: absoluteUrl(String(siteUrl), base, routes.timelineEntry(data.slug)),
      ...(data.date.precision === 'day' && data.date.iso ? { pubDate: new Date(`${data.date.iso}T12:00:00Z`) } : {}),
      description: body?.trim() ?? '',
    })),
  });
};
