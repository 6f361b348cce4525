// Astro configuration: where the site is served (SITE_URL, BASE_PATH), where it is built (OUT_DIR), and the Markdown pipeline.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { loadDossierOnce } from './src/lib/currentDossier.ts';
import { joinBase, normaliseBase } from './src/lib/urls.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES, CSP_STYLE_SOURCES } from './src/lib/csp.ts';
import { MDX_COMPONENTS_MODULE } from './src/lib/markdownSafety.ts';
import { remarkPlugins } from './src/remark/index.ts';

const dossier = loadDossierOnce();
const base = normaliseBase(process.env.BASE_PATH);

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base,
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  // Astro does not put the base path before a redirect's target.
  redirects: Object.fromEntries(Object.entries(dossier.redirects).map(([from, to]) => [from, joinBase(base, to)])),
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), sitemap()],
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...CSP_SCRIPT_SOURCES] },
      styleDirective: { resources: [...CSP_STYLE_SOURCES] },
    },
  },
  vite: {
    // Scripts as files, never inline, so that the same policy also works as an HTTP header (public/_headers).
    build: { assetsInlineLimit: 0 },
    resolve: { alias: { [MDX_COMPONENTS_MODULE]: fileURLToPath(new URL('./src/components/mdx/index.ts', import.meta.url)) } },
  },
  markdown: {
    // Shiki colours code with inline styles, which the content security policy forbids; the dossiers have no code.
    syntaxHighlight: false,
    // No smartypants: a document keeps the quotes and dashes of its source text, and rendering stays fast (retext
    // parses every sentence).
    processor: unified({
      smartypants: false,
      remarkPlugins: remarkPlugins(dossier, base),
      remarkRehype: {
        footnoteLabel: 'Voetnoten',
        footnoteBackLabel: (index) => `Terug naar verwijzing ${index + 1}`,
      },
    }),
  },
});
