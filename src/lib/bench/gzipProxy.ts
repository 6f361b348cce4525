// Puts gzip in front of a local static server (tests/helpers/server.ts sends files uncompressed), as the site's hosts do.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg\+xml)/;
const PASSED_ON = ['content-type', 'etag', 'last-modified', 'cache-control', 'location'];

export interface Proxy {
  origin: string;
  close: () => Promise<void>;
}

/** Serves what `upstream` (an origin such as http://127.0.0.1:4000) serves, gzip-compressed where a host would compress it. */
export async function gzipProxy(upstream: string): Promise<Proxy> {
  const server = createServer((req, res) => {
    fetch(new URL(req.url ?? '/', upstream), { redirect: 'manual' })
      .then(async (response) => {
        let body = Buffer.from(await response.arrayBuffer());
        res.statusCode = response.status;
        for (const name of PASSED_ON) {
          const value = response.headers.get(name);
          if (value !== null) res.setHeader(name, value);
        }
        const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        if (accepts && COMPRESSIBLE.test(response.headers.get('content-type') ?? '')) {
          body = gzipSync(body);
          res.setHeader('content-encoding', 'gzip');
          res.setHeader('vary', 'accept-encoding');
        }
        res.setHeader('content-length', body.length);
        res.end(body);
      })
      .catch(() => {
        res.statusCode = 502;
        res.end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
