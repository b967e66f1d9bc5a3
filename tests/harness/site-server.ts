import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';

export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface SiteServer {
  url: string;
  /** Requests seen per path, with their conditional headers. */
  requests: { path: string; ifNoneMatch?: string | undefined }[];
  close: () => Promise<void>;
}

/** A real HTTP server on 127.0.0.1 with hand-written routes, for tests of the fetching shell. */
export async function startSiteServer(
  routes: Record<string, Route>,
  /** Serve HTTPS with this key and certificate (e.g. a self-signed one, as some bureau sites do). */
  tls?: { key: string; cert: string },
): Promise<SiteServer> {
  const requests: SiteServer['requests'] = [];
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push({ path, ifNoneMatch: req.headers['if-none-match'] });
    const route = routes[path];
    if (route) route(req, res);
    else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><body>404 Not Found</body></html>');
    }
  };
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const html =
  (body: string | Uint8Array, headers: Record<string, string> = {}, status = 200): Route =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(body);
  };
