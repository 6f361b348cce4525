// remark plugin: links Kamerstuk citations in running text to the dossier's own copy or to the official publication.
import type { Link, Nodes, PhrasingContent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { findKamerstukCitations, officialKamerstukUrl, type KamerstukRef } from '../lib/kamerstuk.ts';

export interface KamerstukLinksOptions {
  /** URL of the page that holds this Kamerstuk in the dossier (base path included), or undefined if there is none. */
  localHref: (ref: KamerstukRef) => string | undefined;
}

/** Nodes whose text is never linked: it already is a link, it is code, or it is a heading. */
const IGNORED: ReadonlySet<Nodes['type']> = new Set(['link', 'linkReference', 'heading', 'inlineCode', 'code', 'html']);

/**
 * Every citation found by `findKamerstukCitations` in a text node becomes a link whose text is the citation as
 * written (surrounding parentheses and punctuation stay outside). Footnote definitions are included. External links
 * get no target attribute. A citation split over several nodes (`Kamerstuk 28 638, *nr.* 246`) is not recognised.
 */
export default function remarkKamerstukLinks(options: KamerstukLinksOptions) {
  return (tree: Root): void => {
    visit(tree, (node, index, parent) => {
      if (IGNORED.has(node.type)) return SKIP;
      if (node.type !== 'text' || parent === undefined || index === undefined) return undefined;
      const citations = findKamerstukCitations(node.value);
      if (citations.length === 0) return undefined;

      const replacement: PhrasingContent[] = [];
      let start = 0;
      for (const citation of citations) {
        if (citation.index > start) replacement.push({ type: 'text', value: node.value.slice(start, citation.index) });
        const ref: KamerstukRef = { dossier: citation.dossier, nummer: citation.nummer };
        const link: Link = {
          type: 'link',
          url: options.localHref(ref) ?? officialKamerstukUrl(ref),
          title: null,
          children: [{ type: 'text', value: citation.text }],
        };
        replacement.push(link);
        start = citation.index + citation.text.length;
      }
      if (start < node.value.length) replacement.push({ type: 'text', value: node.value.slice(start) });

      (parent.children as PhrasingContent[]).splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}
