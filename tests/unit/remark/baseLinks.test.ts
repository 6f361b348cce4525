import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkBaseLinks from '../../../src/remark/baseLinks.ts';

const run = (markdown: string, base: string) =>
  String(unified().use(remarkParse).use(remarkBaseLinks, { base }).use(remarkStringify).processSync(markdown));

describe('remarkBaseLinks', () => {
  it('puts the base path before site-relative links, images and definitions', () => {
    expect(run('[tijdlijn](/tijdlijn/#a) ![x](/og/x.png) [ref]\n\n[ref]: /documenten/', '/uitleg/')).toBe(
      '[tijdlijn](/uitleg/tijdlijn/#a) ![x](/uitleg/og/x.png) [ref]\n\n[ref]: /uitleg/documenten/\n',
    );
  });

  it('leaves outside, protocol-relative, fragment and relative links alone', () => {
    const markdown = '[a](https://example.org/x) [b](//example.org/) [c](#p-1) [d](tel:112) [e](../x/)\n';
    expect(run(markdown, '/uitleg/')).toBe(markdown);
  });

  it('changes nothing under the root base path', () => {
    expect(run('[t](/tijdlijn/)', '/')).toBe('[t](/tijdlijn/)\n');
  });
});
