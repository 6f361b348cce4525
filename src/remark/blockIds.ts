// remark plugin: puts the stable block ids of src/lib/blockIds.ts on headings, paragraphs, list items and table rows.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { identifyBlocks } from '../lib/blockIds.ts';

export interface BlockIdsOptions {
  /** Only files under this folder get block ids: a page that shows several other files (the glossary, the timeline)
   * would otherwise repeat ids such as `p-1`. */
  dir: string;
}

export default function remarkBlockIds(options: BlockIdsOptions) {
  return (tree: Root, file: VFile): void => {
    if (!file.path.startsWith(options.dir)) return;
    for (const block of identifyBlocks(tree)) {
      // Every block kind identifyBlocks returns (heading, paragraph, listItem, tableRow) has Data with hProperties.
      const data: { hProperties?: Record<string, unknown> } = (block.node.data ??= {});
      data.hProperties = { ...data.hProperties, id: block.id };
    }
  };
}
