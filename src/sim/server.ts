import http from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { stringify } from 'yaml';
import { chinaDay } from '../domain/day.js';
import { fnv1a } from '../domain/hash.js';
import type { Bureau, Day } from '../domain/types.js';
import type { SimBureau, SimNetwork } from './network.js';
import { renderDetail, renderHomepage, renderSection } from './render.js';

/**
 * Serves a simulated network on loopback: one address per bureau (127.A.B.C, all loopback on Linux), one
 * shared port, pages rendered as of the simulated clock, faults as configured.
 */

export interface SimServer {
  network: SimNetwork;
  port: number;
  /** The simulated day pages are rendered for. */
  today(): Day;
  setToday(day: Day): void;
  /** Bureaus as landwatch's config sees them. */
  bureaus(): Bureau[];
  stats: { requests: number; bytes: number; notModified: number };
  close(): Promise<void>;
}

export interface SimServerOptions {
  today?: Day;
  /** Added to every response, e.g. 50 ms to look like a distant government server. */
  latencyMs?: number;
  jitterMs?: number;
}

/** Bureaus whose CMS answers conditional requests (most TRS and Hanweb sites do). */
function supportsValidators(bureau: SimBureau): boolean {
  return bureau.family !== 'search';
}

export async function startSimServer(network: SimNetwork, options: SimServerOptions = {}): Promise<SimServer> {
  let today = options.today ?? chinaDay(new Date());
  const stats = { requests: 0, bytes: 0, notModified: 0 };
  const byAddress = new Map(network.bureaus.map((b) => [b.address, b]));

  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    stats.requests++;
    const bureau = byAddress.get(req.socket.localAddress ?? '');
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const delay = (options.latencyMs ?? 0) + Math.random() * (options.jitterMs ?? 0);
    const respond = () => serve(bureau, path, req, res);
    if (delay > 0) setTimeout(respond, delay);
    else respond();
  };

  const send = (
    res: http.ServerResponse,
    req: http.IncomingMessage,
    bureau: SimBureau,
    status: number,
    html: string,
  ) => {
    const body = bureau.gbk ? iconv.encode(html, 'gbk') : Buffer.from(html);
    const headers: Record<string, string> = { 'content-type': bureau.gbk ? 'text/html' : 'text/html; charset=utf-8' };
    if (status === 200 && supportsValidators(bureau)) {
      const etag = `"${fnv1a(html).toString(16)}-${body.length}"`;
      headers.etag = etag;
      if (req.headers['if-none-match'] === etag) {
        stats.notModified++;
        res.writeHead(304, headers);
        res.end();
        return;
      }
    }
    stats.bytes += body.length;
    res.writeHead(status, headers);
    res.end(body);
  };

  const serve = (bureau: SimBureau | undefined, path: string, req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!bureau) {
      res.writeHead(421);
      res.end();
      return;
    }
    const charset = bureau.gbk ? 'gb2312' : 'utf-8';
    if (path === '/' || path === '/index.html')
      return send(res, req, bureau, 200, renderHomepage(bureau, today, charset));
    const section = bureau.sections.find((s) => path.startsWith(s.path));
    if (!section) return send(res, req, bureau, 404, '<html><body><h1>404 页面不存在</h1></body></html>');
    const detail = path.slice(section.path.length).match(/^detail_(\d+)\.html$/);
    if (detail) {
      const html = renderDetail(section, Number(detail[1]), today, charset);
      return send(res, req, bureau, html ? 200 : 404, html ?? '<html><body>404</body></html>');
    }
    switch (section.fault) {
      case 'moved':
        return send(res, req, bureau, 404, '<html><body><h1>404 页面不存在</h1><a href="/">返回首页</a></body></html>');
      case 'challenge':
        return send(
          res,
          req,
          bureau,
          412,
          `<html><head><meta r="m" content="${bureau.id}x9"><script r='m'>_$cd=1;</script></head><body></body></html>`,
        );
      case 'server-error':
        return send(res, req, bureau, 503, '<html><body>Service Unavailable</body></html>');
      case 'reset':
        req.socket.destroy();
        return;
      case 'slow':
        setTimeout(() => send(res, req, bureau, 200, renderSection(bureau, section, today, charset)), 300);
        return;
      default:
        return send(res, req, bureau, 200, renderSection(bureau, section, today, charset));
    }
  };

  const servers: http.Server[] = [];
  let port = 0;
  for (const bureau of network.bureaus) {
    const server = http.createServer({ keepAliveTimeout: 30_000 }, handler);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, bureau.address, () => resolve());
    });
    port = (server.address() as AddressInfo).port;
    servers.push(server);
  }

  return {
    network,
    port,
    today: () => today,
    setToday: (day) => {
      today = day;
    },
    bureaus: () => simBureaus(network, port),
    stats,
    close: async () => {
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.closeAllConnections();
              s.close(() => resolve());
            }),
        ),
      );
    },
  };
}

export function simBureaus(network: SimNetwork, port: number): Bureau[] {
  return network.bureaus.map((b) => {
    const origin = `http://${b.address}:${port}`;
    return {
      id: b.id,
      name: b.name,
      level: b.level,
      province: b.province,
      parent: b.parent ?? undefined,
      homepage: `${origin}/`,
      sections: b.sections.map((s) => ({ bureauId: b.id, category: s.category, url: `${origin}${s.path}`, hints: {} })),
    };
  });
}

/** The network as a `bureaus.yaml` a user could keep and edit. */
export function bureausYaml(bureaus: Bureau[]): string {
  return stringify({
    bureaus: bureaus.map((b) => ({
      id: b.id,
      name: b.name,
      level: b.level,
      province: b.province,
      ...(b.parent ? { parent: b.parent } : {}),
      homepage: b.homepage,
      sections: Object.fromEntries(b.sections.map((s) => [s.category, s.url])),
    })),
  });
}
