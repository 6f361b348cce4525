// Renders a satori element tree to a PNG at build time (share images, app icons), with the Noto Sans fonts in node_modules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import satori from 'satori';
import { processShared } from './processShared.ts';

export type Node = { type: string; props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string } };
export const el = (type: string, style: Record<string, string | number>, children: (Node | string)[] | string): Node => ({ type, props: { style, children } });

const require = createRequire(import.meta.url);
const fontFile = (weight: 400 | 700) => require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`);

// resvg's WebAssembly may be initialised only once per process, also when the build script and the pages Astro renders
// (the app icons) both draw PNGs.
function init(): Promise<void> {
  return processShared('resvgReady', () => initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'))));
}

/** Draws `tree` (fontFamily 'Noto Sans', weights 400 and 700) as a `width`×`height` PNG. */
export async function renderPng(tree: Node, width: number, height: number): Promise<Uint8Array> {
  await init();
  const svg = await satori(tree as Parameters<typeof satori>[0], {
    width,
    height,
    fonts: [
      { name: 'Noto Sans', data: readFileSync(fontFile(400)), weight: 400, style: 'normal' },
      { name: 'Noto Sans', data: readFileSync(fontFile(700)), weight: 700, style: 'normal' },
    ],
  });
  // Free the WebAssembly memory of each render: a thousand share images would otherwise exhaust it.
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } });
  const image = resvg.render();
  const png = image.asPng();
  image.free();
  resvg.free();
  return png;
}
