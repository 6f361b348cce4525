// The web app manifest: lets a reader install the explainer; its name from site.yaml, its start and scope the base path.
import type { APIRoute } from 'astro';
import { APP_ICON_SIZES, appIconPath, BACKGROUND_COLOUR, shortName, THEME_COLOUR, type AppIconSize } from '../lib/appIcon.ts';
import { currentDossier } from '../lib/currentDossier.ts';
import { joinBase, routes } from '../lib/urls.ts';

export const GET: APIRoute = () => {
  const site = currentDossier().site;
  const base = import.meta.env.BASE_URL;
  const icon = (size: AppIconSize, purpose: 'any' | 'maskable') => ({
    src: joinBase(base, appIconPath(size)),
    sizes: `${size}x${size}`,
    type: 'image/png',
    purpose,
  });
  const manifest = {
    name: site.title,
    short_name: shortName(site),
    description: site.description,
    lang: 'nl',
    dir: 'ltr',
    start_url: joinBase(base, routes.home()),
    scope: joinBase(base, routes.home()),
    display: 'standalone',
    theme_color: THEME_COLOUR,
    background_color: BACKGROUND_COLOUR,
    icons: APP_ICON_SIZES.flatMap((size) => [icon(size, 'any'), icon(size, 'maskable')]),
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
