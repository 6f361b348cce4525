// remark plugin: tables become keyboard-focusable scroll regions, so a wide table can be scrolled at 320 px without a mouse.
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export default function remarkScrollableTables() {
  return (tree: Root): void => {
    visit(tree, 'table', (table) => {
      const data: { hProperties?: Record<string, unknown> } = (table.data ??= {});
      data.hProperties = { ...data.hProperties, tabIndex: 0, className: ['scroll-table'] };
    });
  };
}
