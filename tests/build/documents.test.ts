// Every document of the real content has its page, its metadata, and all of its text.
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, inject, it } from 'vitest';
import { identifyBlocks } from '../../src/lib/blockIds.ts';
import { formatDossierDate } from '../../src/lib/dates.ts';
import { citationLabel, officialUrl, typeLabel } from '../../src/lib/documents.ts';
import { loadDossier } from '../../src/lib/dossier.ts';
import { readPage } from '../helpers/html.ts';

const distDir = inject('distDir');
const dossier = loadDossier('content');

function countNodes(tree: Root, type: Nodes['type'], outside: Nodes['type'][] = []): number {
  let count = 0;
  visit(tree, (node, _index, parent) => {
    if (node.type === type && !(parent && outside.includes(parent.type))) count += 1;
  });
  return count;
}

describe('document pages', () => {
  it('the list links every document, oldest first', () => {
    const $ = readPage(distDir, '/documenten/');
    const hrefs = $('main .doc-list a').map((_, a) => $(a).attr('href')).get();
    expect(hrefs.sort()).toEqual(dossier.documents.map((d) => `/documenten/${d.data.slug}/`).sort());
    const dates = $('main .doc-list time').map((_, t) => $(t).attr('datetime')).get();
    expect(dates).toEqual([...dates].sort());
  });

  describe.each(dossier.documents.map((d) => [d.data.slug, d] as const))('%s', (slug, doc) => {
    const $ = readPage(distDir, `/documenten/${slug}/`);
    const main = $('main');
    const text = $('main .document-text');

    it('shows its metadata and summary', () => {
      expect($('html').attr('lang')).toBe('nl');
      expect(main.find('h1').text()).toBe(doc.data.title);
      const meta = Object.fromEntries(
        main.find('.meta dt').map((_, dt) => [[$(dt).text(), $(dt).next('dd').text()]]).get() as [string, string][],
      );
      expect(meta['Soort stuk']).toBe(typeLabel(doc.data.type));
      expect(meta['Datum']).toContain(formatDossierDate(doc.data.date));
      expect(meta['Kamerstuk']).toBe(citationLabel(doc.data));
      expect(Object.values(meta)).toContain(doc.data.sender);
      const url = officialUrl(doc.data);
      if (url) expect(main.find(`.meta a[href="${url}"]`).length).toBe(1);
      else expect(meta['Officiële publicatie']).toBe('niet bekend');
      expect(main.find('.summary').text().replace(/\s+/g, ' ')).toContain(doc.data.summary.replace(/\s+/g, ' ').trim());
    });

    const tree = unified().use(remarkParse).use(remarkGfm).parse(doc.body) as Root;

    it('has every heading, paragraph, list item and table row of its file, with its stable id', () => {
      const ids = identifyBlocks(tree).map((b) => b.id);
      const missing = ids.filter((id) => text.find(`[id="${id}"]`).length !== 1);
      expect(missing).toEqual([]);
      expect(text.find('p').not('li p, .footnotes p').length).toBe(
        countNodes(tree, 'paragraph', ['listItem', 'footnoteDefinition']),
      );
      expect(text.find('li').not('.footnotes li').length).toBe(countNodes(tree, 'listItem'));
    });

    it('has every table row and footnote of its file', () => {
      expect(text.find('tr').length).toBe(countNodes(tree, 'tableRow'));
      expect(text.find('.footnotes li').length).toBe(countNodes(tree, 'footnoteDefinition'));
    });

    it('reads cleanly: no words broken at a line end, no page furniture', () => {
      const body = text.text();
      expect(body).not.toMatch(/\p{Ll}- (?!en |of |tot )\p{Ll}/u);
      expect(body).not.toMatch(/Tweede Kamer, vergaderjaar \d{4}–\d{4}, [\d ]+[IVX]*, nr\. \d+ \d+/);
      expect(body).not.toMatch(/^\s*blad \d+\s*$/m);
    });
  });
});
