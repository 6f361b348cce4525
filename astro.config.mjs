// Astro configuration: where the site is served (SITE_URL, BASE_PATH), where it is built (OUT_DIR), and the Markdown pipeline.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { contentRoot } from './src/lib/contentRoot.ts';
import { loadDossier } from './src/lib/dossier.ts';
import { normaliseBase } from './src/lib/urls.ts';
import { remarkPlugins } from './src/remark/index.ts';

const dossier = loadDossier(contentRoot());
const base = normaliseBase(process.env.BASE_PATH);

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base,
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
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
