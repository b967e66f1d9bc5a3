import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chinaDay } from '../domain/day.js';
import type { Bureau, Day } from '../domain/types.js';
import { CHALLENGE_SCRIPT_PATH, type ChallengeOptions, CookieGate } from './challenge.js';
import { charsetOf, encodePage, PageCache, queryOf, supportsValidators } from './encoding.js';
import { type SimBureau, type SimNetwork, sectionPath } from './model.js';
import { renderSection } from './render.js';
import { type Route, route } from './routing.js';
import { blockedPage, trickle, UNAVAILABLE } from './server-faults.js';
import { simBureaus } from './sim-config.js';

/**
 * Serves a simulated network on loopback: one address per bureau (127.A.B.C, all loopback on Linux), one
 * shared port, pages rendered as of the simulated clock, faults as configured. This file is the server's
 * life cycle; routing.ts decides what a request gets, encoding.ts turns pages into bytes.
 */

export { bureausYaml, simBureaus } from './sim-config.js';

export interface SimServer {
  network: SimNetwork;
  port: number;
  /** The simulated day pages are rendered for. */
  today(): Day;
  setToday(day: Day): void;
  /** Bureaus as landwatch's config sees them. */
  bureaus(): Bureau[];
  stats: { requests: number; bytes: number; notModified: number; challenges: number };
  close(): Promise<void>;
}

export interface SimServerOptions {
  today?: Day;
  /** Added to every response, e.g. 50 ms to look like a distant government server. */
  latencyMs?: number;
  jitterMs?: number;
  /** Render every section's list page before listening, so benchmarks time the client and not the first render. */
  warm?: boolean;
  /** How long and for how many requests a solved cookie challenge holds. */
  challenge?: ChallengeOptions;
  /** Budget of the rendered-page cache (deflated bytes). */
  cacheBytes?: number;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString()));
    req.on('error', reject);
  });
}

export async function startSimServer(network: SimNetwork, options: SimServerOptions = {}): Promise<SimServer> {
  let today = options.today ?? chinaDay(new Date());
  const stats = { requests: 0, bytes: 0, notModified: 0, challenges: 0 };
  const byAddress = new Map(network.bureaus.map((b) => [b.address, b]));
  const cache = new PageCache(options.cacheBytes);
  const gate = new CookieGate(options.challenge);

  const send = (req: http.IncomingMessage, res: http.ServerResponse, bureau: SimBureau, r: Route): void => {
    switch (r.kind) {
      case 'redirect':
        res.writeHead(302, { location: r.location });
        res.end();
        return;
      case 'late':
        setTimeout(() => send(req, res, bureau, r.route), r.ms);
        return;
      case 'fault':
        if (r.fault === 'reset') req.socket.destroy();
        else if (r.fault === 'trickle') trickle(res);
        else
          write(
            req,
            res,
            bureau,
            r.fault === 'challenge' ? 412 : 503,
            r.fault === 'challenge' ? blockedPage(bureau) : UNAVAILABLE,
            true,
          );
        return;
      case 'page': {
        const utf8 = r.utf8 ?? !bureau.gbk;
        const page = r.cacheKey
          ? cache.get(r.cacheKey, () => encodePage(r.render(), utf8))
          : encodePage(r.render(), utf8);
        const type = r.contentType ?? (utf8 ? 'text/html; charset=utf-8' : 'text/html');
        respond(req, res, bureau, r.status, page.body, page.etag, type);
      }
    }
  };

  const write = (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    bureau: SimBureau,
    status: number,
    html: string,
    utf8: boolean,
  ) => {
    const page = encodePage(html, utf8);
    respond(req, res, bureau, status, page.body, page.etag, utf8 ? 'text/html; charset=utf-8' : 'text/html');
  };

  const respond = (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    bureau: SimBureau,
    status: number,
    body: Buffer,
    etag: string,
    type: string,
  ) => {
    const headers: Record<string, string> = { 'content-type': type };
    if (status === 200 && supportsValidators(bureau)) {
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

  const serve = async (bureau: SimBureau, req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://sim');
    if (bureau.challenge && url.pathname === CHALLENGE_SCRIPT_PATH) {
      res.writeHead(200, { 'content-type': 'application/javascript' });
      res.end('/* ts */');
      return;
    }
    if (bureau.challenge) {
      const page = gate.check(bureau, req.headers.cookie);
      stats.challenges = gate.challenges;
      if (page) return write(req, res, bureau, 412, page, true);
    }
    const params = queryOf(url.search, bureau.gbk);
    if (req.method === 'POST') for (const [k, v] of new URLSearchParams(await readBody(req))) params.set(k, v);
    send(req, res, bureau, route(bureau, { path: url.pathname, params }, today, charsetOf(bureau)));
  };

  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    stats.requests++;
    const bureau = byAddress.get(req.socket.localAddress ?? '');
    if (!bureau) {
      res.writeHead(421);
      res.end();
      return;
    }
    const delay = ((options.latencyMs ?? 0) + Math.random() * (options.jitterMs ?? 0)) * bureau.latencyFactor;
    const go = () => void serve(bureau, req, res).catch(() => res.destroy());
    if (delay > 0) setTimeout(go, delay);
    else go();
  };

  if (options.warm) {
    for (const bureau of network.bureaus) {
      for (const section of bureau.sections) {
        const path = sectionPath(bureau, section, today);
        cache.get(`${bureau.address}${path}`, () =>
          encodePage(renderSection(bureau, section, today, charsetOf(bureau)), !bureau.gbk),
        );
      }
    }
  }

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
      cache.clear();
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
