// /icons/<size>.png: the icons of the web app manifest, drawn at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { APP_ICON_SIZES, renderAppIcon, type AppIconSize } from '../../lib/appIcon.ts';
import { currentDossier } from '../../lib/currentDossier.ts';

export const getStaticPaths = (() => APP_ICON_SIZES.map((size) => ({ params: { size: String(size) }, props: { size } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderAppIcon(currentDossier().site, (props as { size: AppIconSize }).size);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
