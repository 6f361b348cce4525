// The remark plugins every dossier page runs, configured from the loaded dossier and the base path.
import type { RemarkPlugins } from '@astrojs/markdown-remark';
import type { Dossier } from '../lib/dossier.ts';
import { glossaryForms } from '../lib/glossary.ts';
import { kamerstukKey } from '../lib/kamerstuk.ts';
import { joinBase, routes } from '../lib/urls.ts';
import remarkBlockIds from './blockIds.ts';
import remarkGlossaryLinks, { type GlossaryLinksOptions } from './glossaryLinks.ts';
import remarkKamerstukLinks, { type KamerstukLinksOptions } from './kamerstukLinks.ts';

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
  return [remarkBlockIds, [remarkKamerstukLinks, citations], [remarkGlossaryLinks, glossary]];
}
