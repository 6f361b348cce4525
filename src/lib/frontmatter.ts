// Strict frontmatter: YAML 1.2 core schema (dates stay text), unique keys, and errors that name the file and field.
import { parseDocument, isMap } from 'yaml';
import { ContentError } from './contentErrors.ts';

export interface ParsedSource {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits `---` frontmatter from the Markdown body and parses it strictly. */
export function parseSourceFile(source: string, file: string): ParsedSource {
  const text = source.replace(/^\uFEFF/, '');
  const match = FENCE.exec(text);
  if (!match) {
    throw new ContentError(file, undefined, 'has no frontmatter; start the file with a line "---", the fields, and another "---"');
  }
  const yamlText = match[1] ?? '';
  const data = parseYamlStrict(yamlText, file, 1);
  return {
    data,
    body: text.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}

/** Parses a YAML mapping strictly; `lineOffset` is the file line of the YAML's first line minus one. */
export function parseYamlStrict(yamlText: string, file: string, lineOffset = 0): Record<string, unknown> {
  const doc = parseDocument(yamlText, { schema: 'core', uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const line = yamlText.slice(0, error.pos[0]).split('\n').length;
    const where = ` (line ${line + lineOffset})`;
    if (error.code === 'DUPLICATE_KEY') {
      const key = /^\s*([^:#]+?)\s*:/.exec(yamlText.split('\n')[line - 1] ?? '')?.[1];
      throw new ContentError(file, key, `appears twice${where}; keep one of them`);
    }
    throw new ContentError(file, undefined, `the YAML cannot be read${where}: ${error.message.split('\n')[0]}`);
  }
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) return {};
  if (!isMap(doc.contents)) throw new ContentError(file, undefined, 'the YAML must be a list of "field: value" lines');
  return value as Record<string, unknown>;
}
