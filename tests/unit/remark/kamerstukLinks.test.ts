import type { Link, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { kamerstukKey, type KamerstukRef } from '../../../src/lib/kamerstuk.ts';
import remarkKamerstukLinks from '../../../src/remark/kamerstukLinks.ts';

const OFFICIAL = 'https://zoek.officielebekendmakingen.nl';
/** The dossier holds 28 638 nr. 246 only. */
const local: Record<string, string> = { '28 638/246': '/uitleg/documenten/brief-246/' };
const localHref = (ref: KamerstukRef): string | undefined => local[kamerstukKey(ref)];

function run(markdown: string): string {
  return String(
    unified().use(remarkParse).use(remarkGfm).use(remarkKamerstukLinks, { localHref }).use(remarkStringify).processSync(markdown),
  );
}

function links(markdown: string): Link[] {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkKamerstukLinks, { localHref });
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const found: Link[] = [];
  visit(tree, 'link', (node) => {
    found.push(node);
  });
  return found;
}

describe('remarkKamerstukLinks', () => {
  it.each([
    ['Kamerstuk 28 638, nr. 246', '/uitleg/documenten/brief-246/'],
    ['Kamerstukken II 2023/24, 28 638, nr. 238', `${OFFICIAL}/kst-28638-238.html`],
    ['Kamerstukken II 2023/2024, 28 638, nr. 242', `${OFFICIAL}/kst-28638-242.html`],
    ['Kamerstuk 36 800 VI, nr. 131', `${OFFICIAL}/kst-36800-VI-131.html`],
    ['Kamerstuk 35 570 VI, nr. 50', `${OFFICIAL}/kst-35570-VI-50.html`],
    ['Kamerstukken II, 2025/2026, 36 800 VI, nr. 131', `${OFFICIAL}/kst-36800-VI-131.html`],
    ['Kamerstukken 2023/24, 28 638 nr. 233', `${OFFICIAL}/kst-28638-233.html`],
    ['Kamerstukken II, 2022/23, 28 684, nr. 717', `${OFFICIAL}/kst-28684-717.html`],
  ])('links %j to %s', (citation, url) => {
    expect(run(`Zie ${citation}.`)).toBe(`Zie [${citation}](${url}).\n`);
  });

  it('keeps parentheses outside the link', () => {
    expect(run('De motie (Kamerstuk 36 800 VI, nr. 131) is aangenomen.')).toBe(
      `De motie ([Kamerstuk 36 800 VI, nr. 131](${OFFICIAL}/kst-36800-VI-131.html)) is aangenomen.\n`,
    );
  });

  it('links the local document when the dossier holds it, otherwise the official publication', () => {
    expect(run('Kamerstuk 28 638, nr. 246 en Kamerstuk 28 638, nr. 247.')).toBe(
      `[Kamerstuk 28 638, nr. 246](/uitleg/documenten/brief-246/) en [Kamerstuk 28 638, nr. 247](${OFFICIAL}/kst-28638-247.html).\n`,
    );
  });

  it('passes a plain ref to localHref', () => {
    const seen: KamerstukRef[] = [];
    unified()
      .use(remarkParse)
      .use(remarkKamerstukLinks, {
        localHref: (ref) => {
          seen.push(ref);
          return undefined;
        },
      })
      .use(remarkStringify)
      .processSync('Kamerstukken II 2023/24, 28 638, nr. 238 en Kamerstuk 36 800 VI, nr. 131');
    expect(seen).toEqual([
      { dossier: '28 638', nummer: 238 },
      { dossier: '36 800 VI', nummer: 131 },
    ]);
  });

  it('makes plain links: no title, no target', () => {
    const [link] = links('Kamerstuk 28 638, nr. 247');
    expect(link).toEqual({
      type: 'link',
      url: `${OFFICIAL}/kst-28638-247.html`,
      title: null,
      children: [{ type: 'text', value: 'Kamerstuk 28 638, nr. 247' }],
    });
  });

  it('links a citation broken over lines, keeping the text as written', () => {
    const [link] = links('de brief (Kamerstuk\n28 638, nr. 246) over');
    expect(link?.url).toBe('/uitleg/documenten/brief-246/');
    expect(link?.children).toEqual([{ type: 'text', value: 'Kamerstuk\n28 638, nr. 246' }]);
  });

  it('links inside emphasis, lists, tables and footnote definitions', () => {
    const markdown = [
      '*Kamerstuk 28 638, nr. 246*',
      '',
      '- Kamerstuk 28 638, nr. 247',
      '',
      '| Stuk |',
      '| - |',
      '| Kamerstuk 28 638, nr. 248 |',
      '',
      'Tekst.[^1]',
      '',
      '[^1]: Kamerstukken II 2023/24, 28 638, nr. 238.',
    ].join('\n');
    expect(links(markdown).map((l) => l.url)).toEqual([
      '/uitleg/documenten/brief-246/',
      `${OFFICIAL}/kst-28638-247.html`,
      `${OFFICIAL}/kst-28638-248.html`,
      `${OFFICIAL}/kst-28638-238.html`,
    ]);
    expect(run('Tekst.[^1]\n\n[^1]: Kamerstukken II 2023/24, 28 638, nr. 238.')).toBe(
      `Tekst.[^1]\n\n[^1]: [Kamerstukken II 2023/24, 28 638, nr. 238](${OFFICIAL}/kst-28638-238.html).\n`,
    );
  });

  it('leaves existing links, code and headings alone', () => {
    const markdown = [
      '# Kamerstuk 28 638, nr. 246',
      '',
      '[Kamerstuk 28 638, nr. 246](https://example.org/) en [Kamerstuk 28 638, nr. 247][ref]',
      '',
      '`Kamerstuk 28 638, nr. 246`',
      '',
      '```',
      'Kamerstuk 28 638, nr. 246',
      '```',
      '',
      '[ref]: https://example.org/ref',
      '',
    ].join('\n');
    expect(run(markdown)).toBe(markdown);
    expect(links(markdown).map((l) => l.url)).toEqual(['https://example.org/']);
  });

  it('leaves text without citations untouched', () => {
    const markdown = 'Over Kamerstuk 28 638 en nr. 5 van 2023/24.\n';
    expect(run(markdown)).toBe(markdown);
  });
});
