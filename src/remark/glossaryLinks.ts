// remark plugin: links the first use of each glossary term in a document to its explanation.
import type { Link, Nodes, PhrasingContent, Root } from 'mdast';
import { EXIT, SKIP, visit } from 'unist-util-visit';

export interface GlossaryTerm {
  slug: string;
  /** The ways the term is written, e.g. `['motie', 'moties']`; matched case-insensitively, as whole words. */
  forms: string[];
}

export interface GlossaryLinksOptions {
  terms: GlossaryTerm[];
  /** URL of a term's explanation (base path included). */
  href: (slug: string) => string;
}

/**
 * Text that is never linked: headings, existing links (also the citation links of remarkKamerstukLinks, so run that
 * plugin first), code, raw HTML and footnote definitions.
 */
const IGNORED: ReadonlySet<Nodes['type']> = new Set([
  'heading',
  'link',
  'linkReference',
  'inlineCode',
  'code',
  'html',
  'footnoteDefinition',
]);

/**
 * Letters, marks and digits make up words; everything else, including a hyphen, separates them. So `motie` is not used
 * in `moties` or `motiebeleid`, but it is in `motie-Bikker` (and `debat` in `tweeminuten-debat`): in Dutch the parts of
 * a hyphenated compound are words in their own right. A form may itself contain a hyphen (`motie-Bikker`) and wins
 * over its parts, being longer.
 */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';

/** Lower case, single spaces: the key under which a form (or a matched text) is looked up. */
function normaliseForm(form: string): string {
  return form.trim().replace(/\s+/gu, ' ').toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** Form → slug, and one pattern matching any form with the longest form first, so that it wins an overlap. */
function compile(terms: GlossaryTerm[]): { slugOf: Map<string, string>; pattern: RegExp } | undefined {
  const slugOf = new Map<string, string>();
  for (const term of terms) {
    for (const form of term.forms) {
      const key = normaliseForm(form);
      if (key === '') continue;
      const other = slugOf.get(key);
      if (other !== undefined && other !== term.slug) {
        throw new Error(`Glossary form "${form}" belongs to both "${other}" and "${term.slug}"`);
      }
      slugOf.set(key, term.slug);
    }
  }
  if (slugOf.size === 0) return undefined;
  const alternatives = [...slugOf.keys()]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    // A space in a form matches any run of white space, such as a line break in the Markdown source.
    .map((key) => key.split(' ').map(escapeRegExp).join('\\s+'));
  const pattern = new RegExp(`(?<!${WORD_CHAR})(?:${alternatives.join('|')})(?!${WORD_CHAR})`, 'giu');
  return { slugOf, pattern };
}

/**
 * Wraps the first use of each term in the document, in document order, in a link with class `term`, keeping the text
 * as written. Later uses stay plain. A match is one use of the term it belongs to, so a used longer form leaves its
 * shorter parts unlinked too (`verslag schriftelijk overleg` is no use of `verslag`). A term split over several nodes
 * (`verslag *schriftelijk* overleg`) is not recognised.
 */
export default function remarkGlossaryLinks(options: GlossaryLinksOptions) {
  const compiled = compile(options.terms);
  return (tree: Root): void => {
    if (compiled === undefined) return;
    const { slugOf, pattern } = compiled;
    const terms = new Set(slugOf.values()).size;
    const linked = new Set<string>();

    visit(tree, (node, index, parent) => {
      if (linked.size === terms) return EXIT;
      if (IGNORED.has(node.type)) return SKIP;
      if (node.type !== 'text' || parent === undefined || index === undefined) return undefined;

      const replacement: PhrasingContent[] = [];
      let start = 0;
      for (const match of node.value.matchAll(pattern)) {
        const slug = slugOf.get(normaliseForm(match[0]));
        if (slug === undefined || linked.has(slug)) continue;
        linked.add(slug);
        if (match.index > start) replacement.push({ type: 'text', value: node.value.slice(start, match.index) });
        const link: Link = {
          type: 'link',
          url: options.href(slug),
          title: null,
          children: [{ type: 'text', value: match[0] }],
          data: { hProperties: { className: ['term'] } },
        };
        replacement.push(link);
        start = match.index + match[0].length;
      }
      if (replacement.length === 0) return undefined;
      if (start < node.value.length) replacement.push({ type: 'text', value: node.value.slice(start) });

      (parent.children as PhrasingContent[]).splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}
