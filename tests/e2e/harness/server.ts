/**
 * A static HTTP server for fixture pages on 127.0.0.1 (random port), so end-to-end tests browse
 * real http:// pages. Every request is recorded, and a page folder may carry a `headers.json`
 * (e.g. a strict Content-Security-Policy) applied to every file in it.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, dirname } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface FixtureServer {
  origin: string;
  /** Paths requested so far, in order. */
  requests: string[];
  /** Serve generated content at a path (e.g. a 1 MB page built in the test). */
  route(path: string, body: string | Buffer, contentType?: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

export async function startFixtureServer(root: string): Promise<FixtureServer> {
  const requests: string[] = [];
  const routes = new Map<string, { body: string | Buffer; headers: Record<string, string> }>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    void (async () => {
      const routed = routes.get(url.pathname);
      if (routed) {
        res.writeHead(200, routed.headers);
        res.end(routed.body);
        return;
      }
      let path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!path.startsWith(normalize(root))) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
        const body = await readFile(path);
        const headersFile = join(dirname(path), 'headers.json');
        const extra: Record<string, string> = existsSync(headersFile)
          ? (JSON.parse(readFileSync(headersFile, 'utf8')) as Record<string, string>)
          : {};
        res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...extra });
        res.end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    route(path, body, contentType = 'text/html; charset=utf-8', headers = {}) {
      routes.set(path, { body, headers: { 'content-type': contentType, 'cache-control': 'no-store', ...headers } });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
