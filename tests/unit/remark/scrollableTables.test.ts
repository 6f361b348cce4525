import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import remarkScrollableTables from '../../../src/remark/scrollableTables.ts';

describe('remarkScrollableTables', () => {
  it('makes every table a focusable scroll region', () => {
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkScrollableTables);
    const tree = processor.runSync(processor.parse('| a | b |\n| - | - |\n| 1 | 2 |\n')) as Root;
    expect((tree.children[0] as Table).data).toEqual({ hProperties: { tabIndex: 0, className: ['scroll-table'] } });
  });
});
