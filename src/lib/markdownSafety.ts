// Content may not run code: no raw <script> or other unsafe HTML, no on*= handlers, no javascript: URLs, and in MDX
// no imports but the allowed components, no exports and no JavaScript expressions.
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** The one module MDX content may import from (an alias for src/components/mdx/, set in astro.config.mjs). */
export const MDX_COMPONENTS_MODULE = '@kamerdossier/components';

/** Inline HTML tags that Markdown cannot express and that carry no behaviour. */
export const ALLOWED_HTML_TAGS: ReadonlySet<string> = new Set(['br', 'sup', 'sub', 'abbr']);

export interface SafetyProblem {
  /** 1-based line in the body. */
  line: number;
  problem: string;
}

const JAVASCRIPT_URL = /^\s*(?:javascript|vbscript|data):/i;
const EVENT_ATTRIBUTE = /\son[a-z]+\s*=/i;
const TAG = /<\/?([a-zA-Z][\w-]*)/g;

function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const tags = new Set([...html.matchAll(TAG)].map(([, tag]) => tag!.toLowerCase()));
  for (const tag of tags) {
    if (!ALLOWED_HTML_TAGS.has(tag)) problems.push(`raw HTML <${tag}> is not allowed; write Markdown instead`);
  }
  if (EVENT_ATTRIBUTE.test(html)) problems.push('an on…= attribute (an event handler) is not allowed');
  if (/(?:href|src)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i.test(html)) problems.push('a javascript: URL is not allowed');
  return problems;
}

/** The syntax tree of a content body, as Markdown (with GFM) or as MDX. */
export function parseContentBody(body: string, format: 'md' | 'mdx'): Root {
  const processor = format === 'mdx' ? unified().use(remarkParse).use(remarkGfm).use(remarkMdx) : unified().use(remarkParse).use(remarkGfm);
  return processor.parse(body) as Root;
}

/**
 * Problems in a Markdown or MDX body (its tree, from parseContentBody): every import but from MDX_COMPONENTS_MODULE,
 * every export and every `{expression}` is refused.
 */
export function findUnsafeContent(tree: Root): SafetyProblem[] {
  const problems: SafetyProblem[] = [];
  const add = (node: Nodes, problem: string) => problems.push({ line: node.position?.start.line ?? 0, problem });

  visit(tree, (node: Nodes) => {
    if (node.type === 'html') for (const problem of htmlProblems(node.value)) add(node, problem);
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && JAVASCRIPT_URL.test(node.url)) {
      add(node, `the link "${node.url.slice(0, 40)}" is not allowed; links go to https:, mailto:, tel: or a page of this site`);
    }
    if (node.type === 'mdxjsEsm') {
      const sources = [...node.value.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
      if (/^\s*export\b/m.test(node.value)) add(node, 'export is not allowed in content');
      for (const source of sources) {
        if (source !== MDX_COMPONENTS_MODULE) add(node, `import from "${source}" is not on the allow-list; import components only from "${MDX_COMPONENTS_MODULE}"`);
      }
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') add(node, 'a {…} JavaScript expression is not allowed in content');
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute') add(node, 'a {…} spread attribute is not allowed in content');
        else if (/^on/i.test(attribute.name)) add(node, `the attribute ${attribute.name} (an event handler) is not allowed`);
        else if (typeof attribute.value === 'string' && JAVASCRIPT_URL.test(attribute.value)) add(node, 'a javascript: URL is not allowed');
        else if (attribute.value !== null && typeof attribute.value === 'object') add(node, 'a {…} JavaScript expression is not allowed in content');
      }
      const name = node.name ?? '';
      if (name && /^[a-z]/.test(name) && !ALLOWED_HTML_TAGS.has(name)) add(node, `the HTML element <${name}> is not allowed; write Markdown instead`);
    }
  });
  return problems;
}
