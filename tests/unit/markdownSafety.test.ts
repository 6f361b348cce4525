import { describe, expect, it } from 'vitest';
import { findUnsafeContent as unsafeIn, parseContentBody } from '../../src/lib/markdownSafety.ts';

const findUnsafeContent = (body: string, format: 'md' | 'mdx') => unsafeIn(parseContentBody(body, format));

describe('findUnsafeContent', () => {
  it('accepts Markdown with the harmless inline tags and ordinary links', () => {
    expect(findUnsafeContent('a<br>b <sup>1</sup> [x](https://example.org) [t](tel:112) [p](/tijdlijn/)', 'md')).toEqual([]);
  });

  it('refuses raw HTML elements, event handlers and script URLs, with the line', () => {
    expect(findUnsafeContent('tekst\n\n<iframe src="x"></iframe>', 'md')).toEqual([{ line: 3, problem: 'raw HTML <iframe> is not allowed; write Markdown instead' }]);
    expect(findUnsafeContent('<br onclick="x()">', 'md').map((p) => p.problem)).toEqual(['an on…= attribute (an event handler) is not allowed']);
    expect(findUnsafeContent('[x]: JavaScript:alert(1)\n\n[a][x]', 'md').map((p) => p.problem)[0]).toMatch(/^the link "JavaScript:alert\(1\)" is not allowed/);
  });

  it('accepts MDX that imports the allowed components and uses them', () => {
    expect(findUnsafeContent('import { Chart } from "@kamerdossier/components";\n\n<Chart name="x" />', 'mdx')).toEqual([]);
  });

  it('refuses other imports, exports, expressions and handler attributes in MDX', () => {
    const problems = (mdx: string) => findUnsafeContent(mdx, 'mdx').map((p) => p.problem);
    expect(problems('import fs from "node:fs";')).toEqual(['import from "node:fs" is not on the allow-list; import components only from "@kamerdossier/components"']);
    expect(problems('export const x = 1;')).toEqual(['export is not allowed in content']);
    expect(problems('Som: {1 + 1}')).toEqual(['a {…} JavaScript expression is not allowed in content']);
    expect(problems('<Chart name="x" onClick="go()" />')).toEqual(['the attribute onClick (an event handler) is not allowed']);
    expect(problems('<div>x</div>')).toEqual(['the HTML element <div> is not allowed; write Markdown instead']);
  });
});
