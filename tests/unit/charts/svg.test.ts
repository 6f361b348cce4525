import { describe, expect, it } from 'vitest';
import { assertDrawable, escapeXml, svgDocument, wrapText } from '../../../src/charts/svg.ts';

describe('svg helpers', () => {
  it('escapeXml escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">R&D's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;R&amp;D&apos;s&lt;/a&gt;');
  });

  it('titles and descriptions are escaped', () => {
    const svg = svgDocument({ id: 'c', title: 'A & B <c>', description: '"d"' }, 'x', 10, '');
    expect(svg).toContain('<title id="c-title">A &amp; B &lt;c&gt;</title>');
    expect(svg).toContain('<desc id="c-desc">&quot;d&quot;</desc>');
  });

  it('refuses an id that is not a valid XML id', () => {
    expect(() => svgDocument({ id: '1 x"', title: 't', description: 'd' }, 'x', 10, '')).toThrow('chart id "1 x"" must start with a letter');
  });

  it('assertDrawable refuses negative and non-finite values', () => {
    expect(() => assertDrawable(-5, 'Actie')).toThrow('negative value -5 for Actie');
    expect(() => assertDrawable(Number.NaN, 'Actie')).toThrow('non-finite value NaN for Actie');
    expect(() => assertDrawable(0, 'Actie')).not.toThrow();
  });

  it('wrapText breaks at spaces', () => {
    expect(wrapText('een twee drie vier', 9)).toEqual(['een twee', 'drie vier']);
    expect(wrapText('woordzonderspaties', 5)).toEqual(['woordzonderspaties']);
    expect(wrapText('kost \u20ac\u00a0350.000', 6)).toEqual(['kost', '\u20ac\u00a0350.000']);
  });
});
