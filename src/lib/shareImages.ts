// The build's share-image stage: one card per document and timeline entry and one for the site, written into the build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatDossierDate } from './dates.ts';
import { typeLabel } from './documents.ts';
import type { Dossier } from './dossier.ts';
import { renderOgImage, type OgCard } from './ogImage.ts';
import { routes } from './urls.ts';

/** Site path of each share image with its card; the pages point their og:image at the same paths. */
export function shareCards(dossier: Dossier): { path: string; card: OgCard }[] {
  const siteTitle = dossier.site.title;
  return [
    ...dossier.documents.map(({ data }) => ({
      path: routes.ogImage('documenten', data.slug),
      card: { eyebrow: `${typeLabel(data.type)} · ${formatDossierDate(data.date)}`, title: data.title, siteTitle },
    })),
    ...dossier.timeline.map(({ data }) => ({
      path: routes.ogImage('tijdlijn', data.slug),
      card: { eyebrow: `Tijdlijn · ${formatDossierDate(data.date)}`, title: data.title, siteTitle },
    })),
    { path: routes.ogImage('site', 'index'), card: { eyebrow: 'Uitleg', title: dossier.site.description, siteTitle } },
  ];
}

/** Writes every share image into `outDir`; unchanged cards come from the cache. */
export async function writeShareImages(dossier: Dossier, outDir: string): Promise<{ rendered: number; cached: number }> {
  const counts = { rendered: 0, cached: 0 };
  for (const { path, card } of shareCards(dossier)) {
    const { png, fromCache } = await renderOgImage(card);
    counts[fromCache ? 'cached' : 'rendered'] += 1;
    const file = join(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, png);
  }
  return counts;
}
