// The dossier being built (CONTENT_DIR), loaded and checked once per build process and shared by all pages.
import { contentRoot } from './contentRoot.ts';
import { loadDossier, type Dossier } from './dossier.ts';
import { buildFigure, type Figure } from './figures.ts';
import { processShared } from './processShared.ts';

/** Loads and checks the dossier at `root` once per process: the content does not change during one build. */
export function loadDossierOnce(root = contentRoot()): Dossier {
  const cache = processShared('dossiers', () => new Map<string, Dossier>());
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
