// remark plugin: puts the stable block ids of src/lib/blockIds.ts on headings, paragraphs, list items and table rows.
import type { Root } from 'mdast';
import { identifyBlocks } from '../lib/blockIds.ts';

export default function remarkBlockIds() {
  return (tree: Root): void => {
    for (const block of identifyBlocks(tree)) {
      // Every block kind identifyBlocks returns (heading, paragraph, listItem, tableRow) has Data with hProperties.
      const data: { hProperties?: Record<string, unknown> } = (block.node.data ??= {});
      data.hProperties = { ...data.hProperties, id: block.id };
    }
  };
}
