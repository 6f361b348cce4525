// The dossier being built (CONTENT_DIR), loaded and checked once per build process and shared by all pages.
import { contentRoot } from './contentRoot.ts';
import { loadDossier, type Dossier } from './dossier.ts';
import { buildFigure, type Figure } from './figures.ts';

// The build script, astro.config.mjs and the pages each get their own copy of this module (Astro runs the pages
// through Vite), so the loaded dossier is kept on globalThis: the content does not change during one build.
const CACHE = Symbol.for('kamerdossier.dossiers');
type Cache = Map<string, Dossier>;

/** Loads and checks the dossier at `root` once per process. */
export function loadDossierOnce(root = contentRoot()): Dossier {
  const holder = globalThis as typeof globalThis & { [CACHE]?: Cache };
  const cache = (holder[CACHE] ??= new Map());
  let dossier = cache.get(root);
  if (!dossier) {
    dossier = loadDossier(root);
    cache.set(root, dossier);
  }
  return dossier;
}

let figures: Map<string, Figure> | undefined;

export function currentDossier(): Dossier {
  return loadDossierOnce();
}

/** Every chart of charts.yaml, drawn once, by name. */
export function currentFigures(): Map<string, Figure> {
  if (!figures) {
    const { charts, datasets } = currentDossier();
    figures = new Map((charts?.charts ?? []).map((spec) => [spec.name, buildFigure(spec, datasets.get(spec.dataset)!)]));
  }
  return figures;
}
