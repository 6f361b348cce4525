// Shared checks for the chart tests: parse the SVG, read rects and texts, and the rules every chart keeps.
import { load, type CheerioAPI } from 'cheerio';
import { expect } from 'vitest';

export function parse(svg: string): CheerioAPI {
  return load(svg, { xml: true });
}

export interface Box {
  className: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The `<rect class="bar ...">` elements, in document order. */
export function bars(svg: string): Box[] {
  const $ = parse(svg);
  return $('rect')
    .toArray()
    .filter((el) => ($(el).attr('class') ?? '').split(' ').includes('bar'))
    .map((el) => ({
      className: $(el).attr('class') ?? '',
      x: Number($(el).attr('x')),
      y: Number($(el).attr('y')),
      width: Number($(el).attr('width')),
      height: Number($(el).attr('height')),
    }));
}

/** Text content of the `<text>` elements (not the titles), in document order. */
export function texts(svg: string, selector = 'text'): string[] {
  const $ = parse(svg);
  return $(selector)
    .toArray()
    .map((el) => $(el).text());
}

/** The rules every chart keeps: accessible root, no inline styles, no colour values, a viewBox. */
export function expectWellFormed(svg: string, id: string, kind: string, title: string, description: string): void {
  const $ = parse(svg);
  const root = $('svg').first();
  expect(root.attr('role')).toBe('img');
  expect(root.attr('aria-labelledby')).toBe(`${id}-title ${id}-desc`);
  expect(root.attr('class')).toBe(`chart chart--${kind}`);
  expect(root.attr('viewBox')).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
  expect(root.attr('width')).toBeUndefined();
  expect($(`svg > title#${id}-title`).text()).toBe(title);
  expect($(`svg > desc#${id}-desc`).text()).toBe(description);
  expect(svg).not.toMatch(/\sstyle=/);
  expect(svg).not.toMatch(/<style/);
  expect(svg).not.toMatch(/(fill|stroke)="#/);
  expect(svg).not.toMatch(/(fill|stroke)="(rgb|hsl)/);
}

/** Every number drawn has a text label somewhere in the chart. */
export function expectEmpty(svg: string): void {
  expect(texts(svg)).toEqual(['Geen gegevens']);
  expect(bars(svg)).toEqual([]);
}

export const NB = '\u00a0';
