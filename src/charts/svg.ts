// Shared SVG pieces for the charts: escaping, the accessible root element, input checks and text helpers.

/** What every chart needs from its caller: a unique id and the text of its title and description. */
export interface ChartText {
  /** Unique on the page; prefixes the ids inside the chart. Letters, digits, `-` and `_`, starting with a letter. */
  id: string;
  title: string;
  description: string;
  /** Width of the viewBox; the page's CSS sets the rendered width. */
  width?: number;
}

export const DEFAULT_WIDTH = 360;
/** Base font size in viewBox units: at 320 px wide a 360-unit chart still shows about 11 px text. */
export const FONT_SIZE = 12;
export const SMALL_FONT_SIZE = 10;
export const EMPTY_TEXT = 'Geen gegevens';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

/** Coordinates rounded to 0.01 so the markup stays short and stable. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Throws on a value no chart can draw: negative, NaN or infinite. */
export function assertDrawable(value: number, label: string): void {
  if (!Number.isFinite(value)) throw new Error(`non-finite value ${value} for ${label}`);
  if (value < 0) throw new Error(`negative value ${value} for ${label}`);
}

function assertId(id: string): void {
  if (!/^[A-Za-z][\w-]*$/.test(id)) throw new Error(`chart id "${id}" must start with a letter and hold only letters, digits, - and _`);
}

/** The root element: role img, labelled by its own title and description; colours come from classes and the page's CSS. */
export function svgDocument(text: ChartText, kind: string, height: number, body: string): string {
  assertId(text.id);
  const width = text.width ?? DEFAULT_WIDTH;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${text.id}-title ${text.id}-desc" ` +
    `viewBox="0 0 ${num(width)} ${num(height)}" class="chart chart--${kind}" font-size="${FONT_SIZE}">` +
    `<title id="${text.id}-title">${escapeXml(text.title)}</title>` +
    `<desc id="${text.id}-desc">${escapeXml(text.description)}</desc>` +
    body +
    '</svg>'
  );
}

/** A chart without data still says so, in words. */
export function emptyChart(text: ChartText, kind: string): string {
  const width = text.width ?? DEFAULT_WIDTH;
  return svgDocument(text, kind, 40, textEl(width / 2, 24, EMPTY_TEXT, { className: 'empty', anchor: 'middle' }));
}

export interface TextOptions {
  className?: string;
  anchor?: 'start' | 'middle' | 'end';
  size?: number;
}

export function textEl(x: number, y: number, content: string, options: TextOptions = {}): string {
  const cls = options.className ? ` class="${options.className}"` : '';
  const anchor = options.anchor && options.anchor !== 'start' ? ` text-anchor="${options.anchor}"` : '';
  const size = options.size ? ` font-size="${options.size}"` : '';
  return `<text${cls} x="${num(x)}" y="${num(y)}"${anchor}${size}>${escapeXml(content)}</text>`;
}

/** A rectangle with a tooltip; `className` carries the colour (series-N), never a fill value. */
export function rectEl(className: string, x: number, y: number, width: number, height: number, tooltip?: string): string {
  const box = `class="${className}" x="${num(x)}" y="${num(y)}" width="${num(Math.max(0, width))}" height="${num(Math.max(0, height))}"`;
  return tooltip === undefined ? `<rect ${box}/>` : `<rect ${box}><title>${escapeXml(tooltip)}</title></rect>`;
}

/** Rough text width for layout decisions (no fonts at build time): 0.6 em per character. */
export function textWidth(content: string, size = FONT_SIZE): number {
  return content.length * size * 0.6;
}

/** Breaks text into lines of at most `maxChars` characters, at spaces; a longer word gets a line of its own. Non-breaking spaces (as in `€ 350.000`) never break. */
export function wrapText(content: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/[ \t\r\n]+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** A diagonal hatch, drawn over every other series so neighbours differ by more than colour. */
export function hatchPattern(id: string): string {
  return (
    `<pattern id="${id}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    '<line class="hatch-line" x1="0" y1="0" x2="0" y2="6" stroke="currentColor" stroke-opacity="0.45" stroke-width="2"/></pattern>'
  );
}

export function hatchRect(id: string, x: number, y: number, width: number, height: number): string {
  return `<rect class="hatch" x="${num(x)}" y="${num(y)}" width="${num(Math.max(0, width))}" height="${num(Math.max(0, height))}" fill="url(#${id}-hatch)"/>`;
}
