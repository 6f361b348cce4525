// Checks that tie charts.yaml to the data files and to the documents and timeline entries that show its charts.
import type { ChartsFile } from '../schemas/charts.ts';
import type { Dataset } from '../schemas/data.ts';
import { ContentError } from './contentErrors.ts';
import { specProblem } from './figures.ts';

export interface ChartCheckInput {
  chartsFile: string;
  charts: ChartsFile | undefined;
  datasets: Map<string, Dataset>;
  /** Names of all data files on disk, also those that failed their own checks (whose errors are reported already). */
  dataFiles: string[];
  /** Documents and timeline entries, whose `charts:` must name charts of charts.yaml. */
  users: { file: string; data: { charts: string[] } }[];
}

export function checkCharts({ chartsFile, charts, datasets, dataFiles, users }: ChartCheckInput): ContentError[] {
  const errors: ContentError[] = [];
  const names = new Set<string>();
  charts?.charts.forEach((spec, i) => {
    if (names.has(spec.name)) errors.push(new ContentError(chartsFile, `charts.${i}.name`, `"${spec.name}" is used twice; each chart needs its own name`));
    names.add(spec.name);
    if (!datasets.has(spec.dataset) && dataFiles.includes(spec.dataset)) return;
    const problem = specProblem(spec, datasets.get(spec.dataset));
    if (problem) errors.push(new ContentError(chartsFile, `charts.${i}.${problem.field}`, problem.problem));
  });
  for (const { file, data } of users) {
    data.charts.forEach((name, i) => {
      if (!names.has(name)) errors.push(new ContentError(file, `charts.${i}`, `there is no chart "${name}" in charts.yaml`));
    });
  }
  return errors;
}
