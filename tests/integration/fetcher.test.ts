import { readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/config/settings.js';
import { createFetcher, type FetchResult } from '../../src/crawl/fetcher.js';
import { decodeBody } from '../../src/extract/charset.js';
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
