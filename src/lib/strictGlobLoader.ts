// Astro glob loader that feeds the collection schema with strictly parsed frontmatter (dates stay text, keys unique).
import { readFile } from 'node:fs/promises';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { ContentError } from './contentErrors.ts';
import { displayPath } from './contentRoot.ts';
import { parseSourceFile } from './frontmatter.ts';

export function strictGlob(base: string, pattern: string): Loader {
  const inner = glob({ base, pattern, generateId: ({ data }) => String(data.slug) });
  return {
    name: 'kamerdossier-strict-glob',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async <TData extends Record<string, unknown>>(props: Parameters<LoaderContext['parseData']>[0] & { data: TData }) => {
          if (!props.filePath) return context.parseData(props);
          try {
            const { data } = parseSourceFile(await readFile(props.filePath, 'utf8'), displayPath(props.filePath));
            return context.parseData({ ...props, data: data as TData });
          } catch (error) {
            if (error instanceof ContentError) throw new AstroError(error.message);
            throw error;
          }
        },
      }),
  };
}
