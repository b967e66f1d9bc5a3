import http from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { stringify } from 'yaml';
import { chinaDay } from '../domain/day.js';
import { fnv1a } from '../domain/hash.js';
import type { Bureau, Day } from '../domain/types.js';
import {
  CATALOGUE_PATH,
  faultOn,
  PORTAL_PATH,
  type SimBureau,
  type SimNetwork,
  sectionPath,
  watchesDataproxy,
} from './network.js';
import {
  navPath,
  renderCatalogue,
  renderDataproxy,
  renderDetail,
  renderHomepage,
  renderPortal,
  renderSection,
} from './render.js';

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
  /** Render every section's list page before listening, so benchmarks time the client and not the first render. */
  warm?: boolean;
}

/** Most CMSs answer conditional requests; about one site in ten (dynamic search pages, odd servers) does not. */
function supportsValidators(bureau: SimBureau): boolean {
  return fnv1a(`etag:${bureau.id}`) % 10 !== 0;
}

/** The charset a bureau's pages declare. */
function charsetOf(bureau: SimBureau): string {
  return bureau.gbk ? 'gb2312' : 'utf-8';
}

export async function startSimServer(network: SimNetwork, options: SimServerOptions = {}): Promise<SimServer> {
  let today = options.today ?? chinaDay(new Date());
  const stats = { requests: 0, bytes: 0, notModified: 0 };
  const byAddress = new Map(network.bureaus.map((b) => [b.address, b]));

  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    stats.requests++;
    const bureau = byAddress.get(req.socket.localAddress ?? '');
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const factor = bureau?.latencyFactor ?? 1;
    const delay = ((options.latencyMs ?? 0) + Math.random() * (options.jitterMs ?? 0)) * factor;
    const respond = () => serve(bureau, path, req, res);
    if (delay > 0) setTimeout(respond, delay);
    else respond();
  };

  // Pages only change with the simulated day: render and encode each once per day, like a static site.
  const rendered = new Map<string, { body: Buffer; etag: string }>();
  const encode = (bureau: SimBureau, html: string, utf8: boolean) => {
    const key = `${bureau.address}|${utf8}|${html.length}|${fnv1a(html)}`;
    let hit = rendered.get(key);
    if (!hit) {
      const body = utf8 ? Buffer.from(html) : iconv.encode(html, 'gbk');
      hit = { body, etag: `"${fnv1a(html).toString(16)}-${body.length}"` };
      rendered.set(key, hit);
    }
    return hit;
  };

  const send = (
    res: http.ServerResponse,
    req: http.IncomingMessage,
    bureau: SimBureau,
    status: number,
    html: string,
    utf8 = !bureau.gbk,
  ) => {
    const { body, etag } = encode(bureau, html, utf8);
    const headers: Record<string, string> = { 'content-type': utf8 ? 'text/html; charset=utf-8' : 'text/html' };
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

  const pages = new Map<string, string>();
  const memo = (bureau: SimBureau, key: string, make: () => string) => {
    const k = `${bureau.address}${key}`;
    let html = pages.get(k);
    if (html === undefined) {
      html = make();
      pages.set(k, html);
    }
    return html;
  };
  const notFound = '<html><body><h1>404 页面不存在</h1><a href="/">返回首页</a></body></html>';

  const serve = (bureau: SimBureau | undefined, path: string, req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!bureau) {
      res.writeHead(421);
      res.end();
      return;
    }
    const charset = charsetOf(bureau);
    // A static page of this path: rendered once per simulated day, then served from memory.
    const servePage = (make: () => string) => send(res, req, bureau, 200, memo(bureau, path, make));
    if (path === navPath(bureau, CATALOGUE_PATH, today))
      return servePage(() => renderCatalogue(bureau, today, charset));
    if (path === navPath(bureau, PORTAL_PATH, today)) return servePage(() => renderPortal(bureau, today, charset));
    if (path === '/' || path === '/index.html')
      return send(res, req, bureau, 200, renderHomepage(bureau, today, charset));
    let rest = '';
    const section = bureau.sections.find((s) => {
      const base = sectionPath(bureau, s, today);
      if (!path.startsWith(base)) return false;
      rest = path.slice(base.length);
      return true;
    });
    if (!section && bureau.redesign?.reuseOldPaths) {
      // Some redesigns hand a column's old address to another column.
      const i = bureau.sections.findIndex((s) => path === s.path || path === `${s.path}index.html`);
      const other = bureau.sections[(i + 1) % bureau.sections.length];
      if (i >= 0 && other) return servePage(() => renderSection(bureau, other, today, charset));
    }
    if (!section) {
      // After a redesign some sites send old links to the homepage instead of a 404.
      const stale = bureau.redesign?.redirectHome && bureau.sections.some((s) => path.startsWith(s.path));
      if (stale) {
        res.writeHead(302, { location: '/' });
        res.end();
        return;
      }
      return send(res, req, bureau, 404, notFound);
    }
    const detail = rest.match(/^detail_(\d+)\.html$/);
    if (detail) {
      const html = renderDetail(section, Number(detail[1]), today, charset);
      return send(res, req, bureau, html ? 200 : 404, html ?? notFound);
    }
    switch (faultOn(bureau, section, today)) {
      case 'moved':
        return send(res, req, bureau, 404, notFound);
      case 'challenge':
        return send(
          res,
          req,
          bureau,
          412,
          `<html><head><meta r="m" content="${bureau.id}x9"><script r='m'>_$cd=1;</script></head><body></body></html>`,
        );
      case 'server-error':
      case 'burst':
        return send(res, req, bureau, 503, '<html><body>Service Unavailable</body></html>');
      case 'reset':
        req.socket.destroy();
        return;
      case 'trickle':
        return trickle(res);
      case 'slow':
        setTimeout(() => send(res, req, bureau, 200, renderSection(bureau, section, today, charset)), 300);
        return;
    }
    if (rest === 'dataproxy.jsp' && bureau.family === 'hanweb-island') {
      return send(res, req, bureau, 200, renderDataproxy(bureau, section, today), true);
    }
    const page = rest.match(/^index_(\d+)\.html$/);
    if (rest === '' || rest === 'index.html' || page) {
      return servePage(() => renderSection(bureau, section, today, charset, page ? Number(page[1]) : 0));
    }
    return send(res, req, bureau, 404, notFound);
  };

  if (options.warm) {
    for (const bureau of network.bureaus) {
      for (const section of bureau.sections) {
        const html = memo(bureau, sectionPath(bureau, section, today), () =>
          renderSection(bureau, section, today, charsetOf(bureau)),
        );
        encode(bureau, html, !bureau.gbk);
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
      rendered.clear();
      pages.clear();
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

/** Headers at once, then a byte a second: no deadline-respecting client ever gets the page. */
function trickle(res: http.ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.write('<html><body><ul>');
  const timer = setInterval(() => res.write(' '), 1000);
  res.on('close', () => clearInterval(timer));
}

/** Bureaus as a user would configure them: the column URLs as they were before any redesign. */
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
      sections: b.sections.map((s) => ({
        bureauId: b.id,
        category: s.category,
        url: `${origin}${s.path}${watchesDataproxy(b) ? 'dataproxy.jsp?startrecord=1&endrecord=60&perpage=20' : ''}`,
        hints: {},
      })),
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
