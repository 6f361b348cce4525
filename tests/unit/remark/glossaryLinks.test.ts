import type { Link, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import remarkGlossaryLinks, { type GlossaryTerm } from '../../../src/remark/glossaryLinks.ts';
import remarkKamerstukLinks from '../../../src/remark/kamerstukLinks.ts';

const terms: GlossaryTerm[] = [
  { slug: 'motie', forms: ['motie', 'moties'] },
  { slug: 'verslag', forms: ['verslag'] },
  { slug: 'vso', forms: ['verslag schriftelijk overleg', 'VSO'] },
  { slug: 'kamerstuk', forms: ['Kamerstuk', 'Kamerstukken'] },
  { slug: 'tweeminutendebat', forms: ['tweeminutendebat', 'tweeminuten-debat'] },
  { slug: 'debat', forms: ['debat'] },
];
const href = (slug: string): string => `/uitleg/begrippen/#${slug}`;

function run(markdown: string, options = { terms, href }): string {
  return String(unified().use(remarkParse).use(remarkGfm).use(remarkGlossaryLinks, options).use(remarkStringify).processSync(markdown));
}

function links(markdown: string): Link[] {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkGlossaryLinks, { terms, href });
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const found: Link[] = [];
  visit(tree, 'link', (node) => {
    found.push(node);
  });
  return found;
}

describe('remarkGlossaryLinks', () => {
  it('links only the first use of a term, in any of its forms', () => {
    expect(run('Een motie, nog een motie en twee moties.')).toBe('Een [motie](/uitleg/begrippen/#motie), nog een motie en twee moties.\n');
    expect(run('Twee moties en een motie.')).toBe('Twee [moties](/uitleg/begrippen/#motie) en een motie.\n');
  });

  it('counts the first use across paragraphs and in document order', () => {
    expect(run('Geen term hier.\n\n- een motie\n\nEen motie en een debat.\n')).toBe(
      'Geen term hier.\n\n* een [motie](/uitleg/begrippen/#motie)\n\nEen motie en een [debat](/uitleg/begrippen/#debat).\n',
    );
  });

  it('starts again for each document', () => {
    const processor = unified().use(remarkParse).use(remarkGlossaryLinks, { terms, href }).use(remarkStringify);
    expect(String(processor.processSync('Een motie.'))).toBe('Een [motie](/uitleg/begrippen/#motie).\n');
    expect(String(processor.processSync('Een motie.'))).toBe('Een [motie](/uitleg/begrippen/#motie).\n');
  });

  it('matches case-insensitively and keeps the case as written', () => {
    expect(run('MOTIE aangenomen; een Vso volgt.')).toBe(
      '[MOTIE](/uitleg/begrippen/#motie) aangenomen; een [Vso](/uitleg/begrippen/#vso) volgt.\n',
    );
  });

  it('matches whole words only', () => {
    expect(run('Het motiebeleid en de verslagen, de debatten, het Kamerdebat.')).toBe(
      'Het motiebeleid en de verslagen, de debatten, het Kamerdebat.\n',
    );
    expect(run('Een 2motie of motie2 of motieë.')).toBe('Een 2motie of motie2 of motieë.\n');
  });

  it('treats a hyphen as a word boundary: motie-Bikker is a use of motie', () => {
    expect(run('De motie-Bikker c.s. en de motie-Krul/Bikker.')).toBe(
      'De [motie](/uitleg/begrippen/#motie)-Bikker c.s. en de motie-Krul/Bikker.\n',
    );
    expect(run('Een Kamer-debat.')).toBe('Een Kamer-[debat](/uitleg/begrippen/#debat).\n');
  });

  it('prefers the longer form where forms overlap', () => {
    expect(run('Het verslag schriftelijk overleg en daarna het verslag.')).toBe(
      'Het [verslag schriftelijk overleg](/uitleg/begrippen/#vso) en daarna het [verslag](/uitleg/begrippen/#verslag).\n',
    );
    expect(run('Het tweeminuten-debat.')).toBe('Het [tweeminuten-debat](/uitleg/begrippen/#tweeminutendebat).\n');
  });

  it('does not link the parts of a longer form that was used before', () => {
    expect(run('Een VSO, dan nog een verslag schriftelijk overleg, dan een verslag.')).toBe(
      'Een [VSO](/uitleg/begrippen/#vso), dan nog een verslag schriftelijk overleg, dan een [verslag](/uitleg/begrippen/#verslag).\n',
    );
  });

  it('matches a multi-word form across a line break', () => {
    const [link] = links('Het verslag\nschriftelijk  overleg.');
    expect(link?.url).toBe('/uitleg/begrippen/#vso');
    expect(link?.children).toEqual([{ type: 'text', value: 'verslag\nschriftelijk  overleg' }]);
  });

  it('makes a plain link with the class term', () => {
    expect(links('Een motie.')).toEqual([
      {
        type: 'link',
        url: '/uitleg/begrippen/#motie',
        title: null,
        children: [{ type: 'text', value: 'motie' }],
        data: { hProperties: { className: ['term'] } },
      },
    ]);
  });

  it('skips headings, links, code and footnote definitions', () => {
    const markdown = [
      '# De motie',
      '',
      '[motie](https://example.org/) en [motie][ref] en `motie`',
      '',
      '```',
      'motie',
      '```',
      '',
      'Tekst.[^1] Pas hier: motie.',
      '',
      '[^1]: Een debat over de motie.',
      '',
      '[ref]: https://example.org/ref',
      '',
    ].join('\n');
    expect(run(markdown)).toBe(markdown.replace('Pas hier: motie.', 'Pas hier: [motie](/uitleg/begrippen/#motie).'));
  });

  it('links inside emphasis and table cells', () => {
    expect(run('*De motie* en **het debat**.')).toBe(
      '*De [motie](/uitleg/begrippen/#motie)* en **het [debat](/uitleg/begrippen/#debat)**.\n',
    );
    expect(links('| Stuk |\n| - |\n| motie |\n').map((l) => l.url)).toEqual(['/uitleg/begrippen/#motie']);
  });

  it('escapes forms and ignores empty ones', () => {
    const special: GlossaryTerm[] = [{ slug: 'cs', forms: ['c.s.', '', '  '] }];
    expect(run('De motie-Bikker c.s. en cXs.', { terms: special, href })).toBe(
      'De motie-Bikker [c.s.](/uitleg/begrippen/#cs) en cXs.\n',
    );
    expect(run('Een motie.', { terms: [], href })).toBe('Een motie.\n');
  });

  it('rejects a form claimed by two terms', () => {
    const clash: GlossaryTerm[] = [
      { slug: 'a', forms: ['motie'] },
      { slug: 'b', forms: ['Motie'] },
    ];
    expect(() => remarkGlossaryLinks({ terms: clash, href })).toThrow('Glossary form "Motie" belongs to both "a" and "b"');
  });
});

describe('remarkKamerstukLinks then remarkGlossaryLinks', () => {
  it('does not link a term inside a citation link', () => {
    const output = String(
      unified()
        .use(remarkParse)
        .use(remarkGfm)
        .use(remarkKamerstukLinks, { localHref: () => undefined })
        .use(remarkGlossaryLinks, { terms, href })
        .use(remarkStringify)
        .processSync('De motie (Kamerstuk 28 638, nr. 247) is een Kamerstuk.'),
    );
    expect(output).toBe(
      'De [motie](/uitleg/begrippen/#motie) ([Kamerstuk 28 638, nr. 247](https://zoek.officielebekendmakingen.nl/kst-28638-247.html)) is een [Kamerstuk](/uitleg/begrippen/#kamerstuk).\n',
    );
  });
});
