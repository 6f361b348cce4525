// Permanent links: the committed registry of published URLs, the redirects that replace dropped ones, and the check between them.
import { readdirSync } from 'node:fs';
import { sep } from 'node:path';
import { z } from 'astro/zod';

const sitePath = z.string().regex(/^\/(?:[a-z0-9._-]+\/)*$/, 'must be a site path like "/tijdlijn/oude-naam/"');

/** `content/redirects.yaml`: old path -> the path that replaces it. */
export const redirectsSchema = z.record(sitePath, sitePath);

/** The registry file: one site path per line; `#` starts a comment. */
export function parseRegistry(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}

export function formatRegistry(paths: readonly string[]): string {
  return `# Published URLs of this site, one path per line (without the base path). A path listed here must keep
# working: remove a page only together with an entry in redirects.yaml. Add new pages with: npm run urls:record
${[...new Set(paths)].sort().join('\n')}
`;
}

/** Site paths of the HTML pages in a built site: `/`, `/documenten/x/`, `/404.html`. */
export function builtPages(distDir: string): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

export interface UrlCheck {
  /** Published paths that are neither built nor redirected: each fails the build. */
  missing: string[];
  /** Built pages that the registry does not list yet. */
  unregistered: string[];
}

export function checkPublishedUrls(published: readonly string[], pages: readonly string[], redirects: Record<string, string>): UrlCheck {
  const built = new Set(pages);
  return {
    missing: published.filter((path) => !built.has(path) && !(path in redirects)),
    unregistered: pages.filter((path) => !published.includes(path) && !(path in redirects)),
  };
}
