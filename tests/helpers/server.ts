// Serves a built site from its directory on a free localhost port, under an optional base path, as a static host would.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  origin: string;
  /** Absolute URL of a site path under the base path. */
  url: (path: string) => string;
  close: () => Promise<void>;
}

export async function serveDist(distDir: string, basePath = '/'): Promise<StaticServer> {
  const serve = sirv(distDir, { dev: false, etag: true });
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end('not under the base path');
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    serve(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + base + path.replace(/^\//, ''),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
