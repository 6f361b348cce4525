// /data/<name>.csv: exactly the numbers a chart shows.
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../lib/budget/csv.ts';
import { currentFigures } from '../../lib/currentDossier.ts';
import type { Figure } from '../../lib/figures.ts';

export const getStaticPaths = (() =>
  [...currentFigures().values()].map((figure) => ({ params: { name: figure.spec.name }, props: { figure } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(toCsv((props as { figure: Figure }).figure.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
