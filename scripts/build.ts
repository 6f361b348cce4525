// `npm run build`: checks the whole content root, then builds the site with Astro, timing each stage.
import { build } from 'astro';
import { ContentErrors } from '../src/lib/contentErrors.ts';
import { contentRoot, displayPath } from '../src/lib/contentRoot.ts';
import { loadDossier } from '../src/lib/dossier.ts';

async function stage<T>(name: string, run: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await run();
  console.log(`[kamerdossier] ${name}: ${Math.round(performance.now() - started)} ms`);
  return result;
}

const root = contentRoot();
try {
  const dossier = await stage('content check', () => loadDossier(root));
  console.log(`[kamerdossier] ${displayPath(root)}: ${dossier.documents.length} documents, ${dossier.glossary.length} terms`);
} catch (error) {
  if (error instanceof ContentErrors) {
    console.error(`\n${error.message}\n\nThe site was not built. Fix the fields above and build again.`);
    process.exit(1);
  }
  throw error;
}
await stage('astro', () => build({ logLevel: process.env.CI ? 'warn' : 'info' }));
