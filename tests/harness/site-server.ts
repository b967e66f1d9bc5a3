import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface SiteServer {
  url: string;
  /** Requests seen per path, with their conditional headers. */
  requests: { path: string; ifNoneMatch?: string | undefined }[];
  close: () => Promise<void>;
}

/** A real HTTP server on 127.0.0.1 with hand-written routes, for tests of the fetching shell. */
export async function startSiteServer(routes: Record<string, Route>): Promise<SiteServer> {
  const requests: SiteServer['requests'] = [];
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push({ path, ifNoneMatch: req.headers['if-none-match'] });
    const route = routes[path];
    if (route) route(req, res);
    else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><body>404 Not Found</body></html>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
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
