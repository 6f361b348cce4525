// The dossier being built (CONTENT_DIR), loaded and checked once per build process and shared by all pages.
import { contentRoot } from './contentRoot.ts';
import { loadDossier, type Dossier } from './dossier.ts';
import { buildFigure, type Figure } from './figures.ts';

let dossier: Dossier | undefined;
let figures: Map<string, Figure> | undefined;

export function currentDossier(): Dossier {
  dossier ??= loadDossier(contentRoot());
  return dossier;
}

/** Every chart of charts.yaml, drawn once, by name. */
export function currentFigures(): Map<string, Figure> {
  if (!figures) {
    const { charts, datasets } = currentDossier();
    figures = new Map((charts?.charts ?? []).map((spec) => [spec.name, buildFigure(spec, datasets.get(spec.dataset)!)]));
  }
  return figures;
}
