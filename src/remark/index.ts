// The remark plugins every dossier page runs, configured from the loaded dossier and the base path.
import type { RemarkPlugins } from '@astrojs/markdown-remark';
import type { Dossier } from '../lib/dossier.ts';
import remarkBlockIds from './blockIds.ts';

export function remarkPlugins(_dossier: Dossier, _base: string): RemarkPlugins {
  return [remarkBlockIds];
}
