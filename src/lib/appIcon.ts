// The installed app's icon and colours: the first letter of the site's short name, white on the site's accent colour.
import type { SiteData } from '../schemas/site.ts';
import { el, renderPng } from './png.ts';

/** The sizes browsers ask a web app manifest for: 192 for the home screen, 512 for the splash screen. */
export const APP_ICON_SIZES = [192, 512] as const;
export type AppIconSize = (typeof APP_ICON_SIZES)[number];

/** The site's accent (`--accent` in global.css), as the title bar colour of the installed app. */
export const THEME_COLOUR = '#8a3b00';
/** The page background (`--bg` in global.css), shown while the installed app starts. */
export const BACKGROUND_COLOUR = '#fdfdfc';

/** Site path of an icon; `/icons/` is a reserved first segment (RESERVED_SLUGS). */
export const appIconPath = (size: AppIconSize) => `/icons/${size}.png`;

/** The title up to its colon ("Samen tegen mensenhandel: het geld" gives "Samen tegen mensenhandel"), for home screens. */
export function shortName(site: SiteData): string {
  return site.title.split(':')[0]!.trim();
}

/**
 * A square icon filled edge to edge, with the letter inside the central 60 %, so it also serves as a maskable icon
 * (a launcher may crop it to a circle).
 */
export function renderAppIcon(site: SiteData, size: AppIconSize): Promise<Uint8Array> {
  const letter = shortName(site).charAt(0).toUpperCase();
  const tree = el(
    'div',
    { width: size, height: size, display: 'flex', alignItems: 'center', justifyContent: 'center', background: THEME_COLOUR, color: '#ffffff', fontFamily: 'Noto Sans', fontWeight: 700, fontSize: Math.round(size * 0.5) },
    letter,
  );
  return renderPng(tree, size, size);
}
