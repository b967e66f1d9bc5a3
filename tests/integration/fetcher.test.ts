import { readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/config/settings.js';
import { createFetcher, type FetchResult } from '../../src/crawl/fetcher.js';
import { decodeBody } from '../../src/extract/charset.js';
import { extractSection } from '../../src/extract/extract.js';
import * as pages from '../fixtures/pages.js';
import { html, type SiteServer, startSiteServer } from '../harness/site-server.js';

const tlsDir = path.resolve(import.meta.dirname, '../fixtures/tls');
const gbkPage = iconv.encode(pages.gbkSource, 'gbk');
let flaky = 0;

const routes = {
  '/gzip/': html(zlib.gzipSync(gbkPage), { 'content-type': 'text/html', 'content-encoding': 'gzip' }),
  '/br/': html(zlib.brotliCompressSync(gbkPage), { 'content-type': 'text/html', 'content-encoding': 'br' }),
  '/flaky/': (_req: unknown, res: import('node:http').ServerResponse) => {
    flaky++;
    res.writeHead(flaky < 3 ? 503 : 200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(flaky < 3 ? 'busy' : '<html><body>ok</body></html>');
  },
  '/moved/': (_req: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(301, { location: '/' });
    res.end();
  },
  '/hop/': (_req: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(302, { location: '/gzip/' });
    res.end();
  },
  '/': html('<html><body>首页</body></html>'),
};

let plain: SiteServer;
let secure: SiteServer;
const settings = parseSettings('test-settings.yaml', 'fetch:\n  timeoutMs: 3000\n  retries: 2\n').fetch;
const fetcher = createFetcher(settings);

function body(r: FetchResult): Uint8Array {
  if (r.kind !== 'body') throw new Error(`expected a body, got ${JSON.stringify(r)}`);
  return r.bytes;
}

beforeAll(async () => {
  plain = await startSiteServer(routes);
  secure = await startSiteServer(routes, {
    key: readFileSync(path.join(tlsDir, 'key.pem'), 'utf8'),
    cert: readFileSync(path.join(tlsDir, 'cert.pem'), 'utf8'),
  });
});
afterAll(async () => {
  await plain.close();
  await secure.close();
});

describe('the page fetcher against real loopback servers', () => {
  it('asks for compression and hands back the decompressed GBK bytes', async () => {
    for (const route of ['/gzip/', '/br/']) {
      const bytes = body(await fetcher({ url: `${plain.url}${route}` }));
      expect(Buffer.from(bytes).equals(gbkPage)).toBe(true);
      const decoded = decodeBody(bytes, 'text/html');
      expect(decoded.ok && decoded.text).toContain('征收土地公告');
    }
  });

  it('retries a 503 and reads the page when the server recovers', async () => {
    flaky = 0;
    const bytes = body(await fetcher({ url: `${plain.url}/flaky/` }));
    expect(Buffer.from(bytes).toString()).toContain('ok');
    expect(flaky).toBe(3);
  });

  it('follows redirects, reports the final address, and treats a jump to the homepage as a moved column', async () => {
    const hop = await fetcher({ url: `${plain.url}/hop/` });
    expect(hop.kind === 'body' && hop.finalUrl).toBe(`${plain.url}/gzip/`);
    expect(await fetcher({ url: `${plain.url}/moved/` })).toMatchObject({
      kind: 'failed',
      access: 'missing',
      reason: 'redirected-to-homepage',
    });
  });

  it('refuses a self-signed certificate unless the section allows it', async () => {
    const refused = await fetcher({ url: `${secure.url}/gzip/` });
    expect(refused).toMatchObject({ kind: 'failed', access: 'unreachable' });
    expect(refused.kind === 'failed' && refused.reason).toMatch(/^tls:/);
    const allowed = body(await fetcher({ url: `${secure.url}/gzip/`, insecureTls: true }));
    expect(Buffer.from(allowed).equals(gbkPage)).toBe(true);
  });
});

const CAP = 1_000_000;
const HUGE = 50 * 1024 * 1024;
let hugeSent = 0;
let loops = 0;
/** Compresses 64 MB of zeros to about 64 KB: what a decompressor without a cap would try to hold. */
const bomb = zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
// Fixed junk (a seeded xorshift), so a failure can be reproduced byte for byte.
const junk = Buffer.alloc(256 * 1024);
for (let i = 0, x = 2463534242; i < junk.length; i++) {
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  junk[i] = x & 0xff;
}
const hostile = {
  '/huge/': (_req: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (hugeSent < HUGE) {
        hugeSent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    pump();
  },
  '/trickle/': (_req: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body><ul>');
    const timer = setInterval(() => res.write(' '), 100);
    res.on('close', () => clearInterval(timer));
  },
  '/bomb/': html(bomb, { 'content-type': 'text/html', 'content-encoding': 'gzip' }),
  '/loop/': (_req: unknown, res: import('node:http').ServerResponse) => {
    loops++;
    res.writeHead(302, { location: '/loop/' });
    res.end();
  },
  '/junk/': html(junk, { 'content-type': 'text/html' }),
  '/junk-gzip/': html(junk, { 'content-type': 'text/html', 'content-encoding': 'gzip' }),
};

describe('the page fetcher against hostile servers', () => {
  let site: SiteServer;
  const capped = createFetcher(parseSettings('s.yaml', `fetch:\n  timeoutMs: 1000\n  maxBytes: ${CAP}\n`).fetch);
  beforeAll(async () => {
    site = await startSiteServer(hostile);
  });
  afterAll(async () => {
    await site.close();
  });

  it('cuts a 50 MB body at the cap and stops reading it', async () => {
    const res = await capped({ url: `${site.url}/huge/` });
    expect(res.kind === 'body' && [res.bytes.byteLength, res.truncated]).toEqual([CAP, true]);
    await new Promise((r) => setTimeout(r, 100));
    expect(hugeSent).toBeLessThan(HUGE / 2);
  });

  it('gives up a body that trickles in at the deadline', async () => {
    const t0 = performance.now();
    expect(await capped({ url: `${site.url}/trickle/` })).toMatchObject({ kind: 'failed', reason: 'timeout' });
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('decompresses a gzip bomb only up to the cap', async () => {
    const used = process.memoryUsage().rss;
    const res = await capped({ url: `${site.url}/bomb/` });
    expect(res.kind === 'body' && [res.bytes.byteLength, res.truncated]).toEqual([CAP, true]);
    expect(process.memoryUsage().rss - used).toBeLessThan(32 * 1024 * 1024);
  });

  it('stops a redirect loop after five hops', async () => {
    loops = 0;
    expect(await capped({ url: `${site.url}/loop/` })).toMatchObject({
      kind: 'failed',
      access: 'unreachable',
      reason: 'redirect-loop',
    });
    expect(loops).toBe(6);
  });

  it('hands binary junk on as bytes that read as no list, and fails junk that claims to be gzip', async () => {
    const res = await capped({ url: `${site.url}/junk/` });
    expect(Buffer.from(body(res)).equals(junk)).toBe(true);
    const read = extractSection({
      bytes: body(res),
      contentType: 'text/html',
      url: `${site.url}/junk/`,
      today: '2026-12-01',
    });
    expect(read.items).toEqual([]);
    expect(read.status).not.toBe('ok');
    expect(await capped({ url: `${site.url}/junk-gzip/` })).toMatchObject({ kind: 'failed', access: 'unreachable' });
  });
});
