// Where the dossier lives: CONTENT_DIR (absolute or relative to the working directory), default `content/`.
import { isAbsolute, relative, resolve } from 'node:path';

export function contentRoot(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CONTENT_DIR || 'content');
}

/** A path as an editor reads it in messages: relative to the working directory where that is shorter. */
export function displayPath(absolutePath: string): string {
  const rel = relative(process.cwd(), absolutePath);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolutePath;
}
