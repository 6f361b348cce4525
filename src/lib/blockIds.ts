// Stable ids for the blocks of a document (headings, paragraphs, list items, table rows), so a passage can be linked and quoted.
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

export interface IdentifiedBlock {
  id: string;
  kind: 'heading' | 'paragraph' | 'listItem' | 'tableRow';
  text: string;
  node: Nodes;
}

/**
 * Walks the tree in document order. Headings get the GitHub slug of their text; paragraphs, list items and table rows get
 * `<section>-<n>`, numbered within the section under the nearest heading (`p-<n>` before the first heading),
 * so an edit in one section leaves the ids of the others unchanged. Footnote definitions are left to remark-rehype.
 */
export function identifyBlocks(tree: Root): IdentifiedBlock[] {
  const slugger = new GithubSlugger();
  const blocks: IdentifiedBlock[] = [];
  let section = 'p';
  let counter = 0;

  const walk = (node: Nodes, insideListItem: boolean): void => {
    if (node.type === 'footnoteDefinition') return;
    if (node.type === 'heading') {
      const text = toString(node);
      section = slugger.slug(text);
      counter = 0;
      blocks.push({ id: section, kind: 'heading', text, node });
      return;
    }
    if (node.type === 'tableRow') {
      counter += 1;
      // Cells joined with a space, so a quote never runs two cells together.
      const text = node.children.map((cell) => toString(cell)).join(' ');
      blocks.push({ id: `${section}-${counter}`, kind: 'tableRow', text, node });
      return;
    }
    if (node.type === 'listItem') {
      counter += 1;
      blocks.push({ id: `${section}-${counter}`, kind: 'listItem', text: toString(node), node });
    } else if (node.type === 'paragraph' && !insideListItem) {
      counter += 1;
      blocks.push({ id: `${section}-${counter}`, kind: 'paragraph', text: toString(node), node });
      return;
    }
    if ('children' in node) {
      for (const child of node.children) walk(child as Nodes, insideListItem || node.type === 'listItem');
    }
  };
  walk(tree, false);
  return blocks;
}
