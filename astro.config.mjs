// Astro configuration: where the site is served (SITE_URL, BASE_PATH), where it is built (OUT_DIR), and the Markdown pipeline.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { contentRoot } from './src/lib/contentRoot.ts';
import { loadDossier } from './src/lib/dossier.ts';
import { joinBase, normaliseBase } from './src/lib/urls.ts';
import { remarkPlugins } from './src/remark/index.ts';

const dossier = loadDossier(contentRoot());
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
  markdown: {
    processor: unified({
      remarkPlugins: remarkPlugins(dossier, base),
      remarkRehype: {
        footnoteLabel: 'Voetnoten',
        footnoteBackLabel: (index) => `Terug naar verwijzing ${index + 1}`,
      },
    }),
  },
});
