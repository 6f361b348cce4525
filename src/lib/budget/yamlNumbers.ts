// Finds numbers written with a dot or exponent in a YAML text: `350.000` reads as 350, so it must never reach the data.
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';

export interface WrittenNumber {
  /** Dotted field path, as in content error messages: `rows.0.amounts.<period>`. */
  path: string;
  /** The number as typed in the file. */
  written: string;
  value: number;
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

/** Plain (unquoted) numbers whose text has a dot or an exponent; whole-number data never needs either. */
export function numbersWithDots(yamlText: string): WrittenNumber[] {
  const doc = parseDocument(yamlText, { schema: 'core', uniqueKeys: false });
  const found: WrittenNumber[] = [];
  const walk = (node: unknown, path: string[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) walk(pair.value, [...path, keyText(pair.key)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item, [...path, String(index)]));
    } else if (isScalar(node) && typeof node.value === 'number' && node.type === 'PLAIN' && node.range) {
      const written = yamlText.slice(node.range[0], node.range[1]).trim();
      if (/[.eE]/.test(written)) found.push({ path: path.join('.'), written, value: node.value });
    }
  };
  walk(doc.contents, []);
  return found;
}
