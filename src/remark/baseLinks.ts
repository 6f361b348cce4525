// remark plugin: puts the base path before site-relative links written in content (`/tijdlijn/` -> `/uitleg/tijdlijn/`).
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { joinBase } from '../lib/urls.ts';

export interface BaseLinksOptions {
  /** The site's base path, e.g. `/` or `/uitleg/`. */
  base: string;
}

export default function remarkBaseLinks(options: BaseLinksOptions) {
  return (tree: Root): void => {
    visit(tree, (node) => {
      if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && /^\/(?!\/)/.test(node.url)) {
        node.url = joinBase(options.base, node.url);
      }
    });
  };
}
