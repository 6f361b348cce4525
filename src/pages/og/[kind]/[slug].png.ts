// Share images: one 1200×630 PNG per document and timeline entry, and one for the site.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { formatDossierDate } from '../../../lib/dates.ts';
import { typeLabel } from '../../../lib/documents.ts';
import { currentDossier } from '../../../lib/currentDossier.ts';
import { renderOgImage, type OgCard } from '../../../lib/ogImage.ts';

export const getStaticPaths = (async () => {
  const { site } = currentDossier();
  const card = (eyebrow: string, title: string): OgCard => ({ eyebrow, title, siteTitle: site.title });
  const documents = (await getCollection('documents')).map(({ data }) => ({
    params: { kind: 'documenten', slug: data.slug },
    props: { card: card(`${typeLabel(data.type)} · ${formatDossierDate(data.date)}`, data.title) },
  }));
  const timeline = (await getCollection('timeline')).map(({ data }) => ({
    params: { kind: 'tijdlijn', slug: data.slug },
    props: { card: card(`Tijdlijn · ${formatDossierDate(data.date)}`, data.title) },
  }));
  return [...documents, ...timeline, { params: { kind: 'site', slug: 'index' }, props: { card: card('Uitleg', site.description) } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderOgImage((props as { card: OgCard }).card);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
