// Sizes of a built site on disk: the whole out dir, a folder of it, and what its service worker precaches.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface FolderSize {
  files: number;
  bytes: number;
}

export function folderSize(dir: string): FolderSize {
  if (!existsSync(dir)) return { files: 0, bytes: 0 };
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/** The precache list the build wrote into `sw.js` (its first line: `const PRECACHE = {…};`), as file sizes on disk. */
export function precacheFromServiceWorker(distDir: string, file = 'sw.js'): FolderSize | undefined {
  const path = join(distDir, file);
  if (!existsSync(path)) return undefined;
  const first = readFileSync(path, 'utf8').split('\n', 1)[0] ?? '';
  const match = /^const PRECACHE = (\{.*\});$/.exec(first);
  if (!match) return undefined;
  const parsed: unknown = JSON.parse(match[1]!);
  const urls = typeof parsed === 'object' && parsed !== null && 'urls' in parsed && Array.isArray(parsed.urls) ? parsed.urls : [];
  let bytes = 0;
  for (const url of urls) {
    if (typeof url !== 'string') continue;
    // A page is listed as the URL a reader visits (`documenten/x/`, `./`): its file is index.html there.
    const relative = url === './' ? 'index.html' : url.endsWith('/') ? `${url}index.html` : url;
    const target = join(distDir, decodeURIComponent(relative));
    if (existsSync(target)) bytes += statSync(target).size;
  }
  return { files: urls.length, bytes };
}
