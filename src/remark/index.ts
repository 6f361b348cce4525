// The remark plugins every dossier page runs, configured from the loaded dossier and the base path.
import { join, sep } from 'node:path';
import type { RemarkPlugins } from '@astrojs/markdown-remark';
import { COLLECTIONS } from '../schemas/collections.ts';
import type { Dossier } from '../lib/dossier.ts';
import { glossaryForms } from '../lib/glossary.ts';
import { kamerstukKey } from '../lib/kamerstuk.ts';
import { joinBase, routes } from '../lib/urls.ts';
import remarkBaseLinks from './baseLinks.ts';
import remarkBlockIds, { type BlockIdsOptions } from './blockIds.ts';
import remarkGlossaryLinks, { type GlossaryLinksOptions } from './glossaryLinks.ts';
import remarkKamerstukLinks, { type KamerstukLinksOptions } from './kamerstukLinks.ts';
import remarkScrollableTables from './scrollableTables.ts';

export function remarkPlugins(dossier: Dossier, base: string): RemarkPlugins {
  const pageByKamerstuk = new Map<string, string>();
  for (const { data } of dossier.documents) {
    if (data.kamerstuk?.nummer !== undefined) {
      pageByKamerstuk.set(kamerstukKey({ dossier: data.kamerstuk.dossier, nummer: data.kamerstuk.nummer }), joinBase(base, routes.document(data.slug)));
    }
  }
  const citations: KamerstukLinksOptions = { localHref: (ref) => pageByKamerstuk.get(kamerstukKey(ref)) };
  const glossary: GlossaryLinksOptions = {
    terms: dossier.glossary.map(({ data }) => ({ slug: data.slug, forms: glossaryForms(data) })),
    href: (slug) => joinBase(base, routes.term(slug)),
  };
  // Citations before the glossary: a term inside a citation link stays plain.
  const blockIds: BlockIdsOptions = { dir: join(dossier.root, COLLECTIONS.documents.dir) + sep };
  return [[remarkBlockIds, blockIds], [remarkBaseLinks, { base }], [remarkKamerstukLinks, citations], [remarkGlossaryLinks, glossary], remarkScrollableTables];
}
