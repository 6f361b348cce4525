// Share images (1200×630 PNG) made at build time from a title, a date line and the site name, with fonts shipped in node_modules.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { el, renderPng, type Node } from './png.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgCard {
  /** Small line above the title, e.g. `Tijdlijn · 21 december 2023`. */
  eyebrow: string;
  title: string;
  siteTitle: string;
}

/** Bump when the card's design changes, so cached images are made again. */
const DESIGN_VERSION = 1;
const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'kamerdossier-og');

function card({ eyebrow, title, siteTitle }: OgCard): Node {
  return el(
    'div',
    { width: OG_WIDTH, height: OG_HEIGHT, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px', background: '#fdfdfc', color: '#1b1b1b', borderLeft: '24px solid #8a3b00', fontFamily: 'Noto Sans' },
    [
      el('div', { fontSize: 34, color: '#4a4a4a' }, eyebrow),
      el('div', { display: 'flex', width: OG_WIDTH - 24 - 144, fontSize: title.length > 90 ? 52 : 64, fontWeight: 700, lineHeight: 1.15 }, title),
      el('div', { fontSize: 30, color: '#0b4f9c', fontWeight: 700 }, siteTitle),
    ],
  );
}

export interface OgImage {
  png: Uint8Array;
  /** True when an identical card was read from the cache instead of rendered. */
  fromCache: boolean;
}

/** Renders the card; an identical card (same text, same design) is read from the cache instead. */
export async function renderOgImage(input: OgCard): Promise<OgImage> {
  const key = createHash('sha256').update(JSON.stringify({ DESIGN_VERSION, ...input })).digest('hex').slice(0, 32);
  const cached = join(CACHE_DIR, `${key}.png`);
  if (existsSync(cached)) return { png: readFileSync(cached), fromCache: true };
  const png = await renderPng(card(input), OG_WIDTH, OG_HEIGHT);
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(cached, png);
  return { png, fromCache: false };
}
