/**
 * A recording HTTP proxy: Chromium is started with --proxy-server pointing here (loopback
 * included), so every request any part of the browser makes — pages, content scripts, the
 * extension's service worker and pages — passes through and is recorded. Requests to the fixture
 * server are forwarded; anything else is refused (this machine has no internet anyway).
 */
import { createServer, request as httpRequest, type Server } from 'node:http';

export interface RecordedRequest {
  method: string;
  url: string;
}

export interface RecordingProxy {
  port: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startRecordingProxy(allowedOrigin: string): Promise<RecordingProxy> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    requests.push({ method: req.method ?? 'GET', url });
    if (!url.startsWith(allowedOrigin)) {
      res.writeHead(502).end('blocked by the test proxy');
      return;
    }
    const target = new URL(url);
    const upstream = httpRequest(
      { hostname: target.hostname, port: target.port, path: target.pathname + target.search, method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket) => {
    requests.push({ method: 'CONNECT', url: req.url ?? '' });
    socket.end('HTTP/1.1 502 Blocked\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  return {
    port: address.port,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
