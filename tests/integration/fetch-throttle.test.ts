import { mkdtemp } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/app.js';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { parseSettings } from '../../src/config/settings.js';
import { crawlerFor } from '../../src/crawl/crawler.js';
import { createFetcher, type FetchResult } from '../../src/crawl/fetcher.js';
import { HostQueue } from '../../src/crawl/host-queue.js';
import { openStore } from '../../src/store/store.js';
import { html, type SiteServer, startSiteServer } from '../harness/site-server.js';

/** Every request the site saw, by path, and when. */
const hits: { path: string; at: number }[] = [];
const list = html('<html><body><ul><li>国有建设用地使用权出让公告</li></ul></body></html>');
const answer = (status: number, retryAfter: string) => (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(status, { 'content-type': 'text/html', 'retry-after': retryAfter });
  res.end('<html><body>Too Many Requests</body></html>');
};
const once = answer(429, '2');
const dated = html(
  '<html><head><meta charset="utf-8"></head><body><ul class="list"><li><a href="/a/1.html">关于国有建设用地使用权出让的公告</a><span>2026-11-20</span></li><li><a href="/a/2.html">关于国有建设用地使用权出让的公告</a><span>2026-11-02</span></li></ul></body></html>',
);
const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/once/': (req, res) => (hits.filter((h) => h.path === '/once/').length === 1 ? once(req, res) : list(req, res)),
  '/always/': answer(429, '1'),
  '/maintenance/': answer(503, '120'),
  '/news/': (req, res) => (hits.filter((h) => h.path === '/news/').length === 1 ? once(req, res) : dated(req, res)),
  '/a/': list,
  '/b/': list,
};

let site: SiteServer;
beforeAll(async () => {
  site = await startSiteServer(
    Object.fromEntries(
      Object.entries(routes).map(([path, route]) => [
        path,
        (req: IncomingMessage, res: ServerResponse) => {
          hits.push({ path, at: performance.now() });
          route(req, res);
        },
      ]),
    ),
  );
});
afterAll(async () => {
  await site.close();
});

/** A fetcher in its own queue, as a cycle runs it: one request at a time per host. */
function crawler(yaml = '  retries: 2\n') {
  const fetch = parseSettings('s.yaml', `fetch:\n  timeoutMs: 3000\n  perHostSpacingMs: 0\n${yaml}`).fetch;
  const queue = new HostQueue({ concurrency: 8, perHost: 1, spacingMs: 0 });
  const fetcher = createFetcher(fetch, { queue });
  const host = new URL(site.url).host;
  return (path: string) => queue.run(host, () => fetcher({ url: `${site.url}${path}` }));
}

const failure = (r: FetchResult) => (r.kind === 'failed' ? { access: r.access, reason: r.reason } : r.kind);

describe('a site that asks us to slow down', () => {
  it('reads the section after the wait it asked for, and holds the whole host meanwhile', async () => {
    hits.length = 0;
    const get = crawler();
    const [throttled, a, b] = await Promise.all([get('/once/'), get('/a/'), get('/b/')]);
    expect([throttled.kind, a.kind, b.kind]).toEqual(['body', 'body', 'body']);
    expect(hits.map((h) => h.path)).toEqual(['/once/', '/once/', '/a/', '/b/']);
    // Nothing reached the host in the two seconds after the 429, not even the other sections.
    const asked = hits[0]?.at ?? 0;
    for (const h of hits.slice(1)) expect(h.at - asked).toBeGreaterThanOrEqual(1990);
  });

  it('gives up a host that keeps answering 429: blocked, rate-limited, within the retries', async () => {
    hits.length = 0;
    const t0 = performance.now();
    const res = await crawler()('/always/');
    expect(failure(res)).toEqual({ access: 'blocked', reason: 'rate-limited' });
    expect(res.kind === 'failed' && res.status).toBe(429);
    expect(hits).toHaveLength(3);
    expect(performance.now() - t0).toBeLessThan(3500);
  });

  it('asks a host that wants 120 s once, not once per section', async () => {
    hits.length = 0;
    const get = crawler();
    const t0 = performance.now();
    const results = await Promise.all(Array.from({ length: 15 }, () => get('/maintenance/')));
    expect(new Set(results.map((r) => JSON.stringify(failure(r))))).toEqual(
      new Set([JSON.stringify({ access: 'blocked', reason: 'rate-limited' })]),
    );
    expect(hits).toHaveLength(1);
    expect(performance.now() - t0).toBeLessThan(1500);
  });

  it('holds a host no longer than its share of a cycle, however many sections wait for it', async () => {
    hits.length = 0;
    const get = crawler('  retries: 5\n  maxRetryAfterMs: 2500\n');
    const t0 = performance.now();
    const results = await Promise.all(Array.from({ length: 4 }, () => get('/always/')));
    expect(results.map((r) => failure(r))).toEqual(Array(4).fill({ access: 'blocked', reason: 'rate-limited' }));
    // 1 s, then 1 s more; a third second would pass the 2.5 s share, so the rest give up without asking.
    expect(hits).toHaveLength(3);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('a check cycle on a throttling site', () => {
  it('reads the section after the wait, and leaves a host that wants two minutes blocked, not unreachable', async () => {
    hits.length = 0;
    const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
    const fetch = parseSettings(
      's.yaml',
      'fetch:\n  timeoutMs: 3000\n  perHostSpacingMs: 0\n  detailFetches: 0\n',
    ).fetch;
    config.settings = { ...config.settings, fetch };
    const sections = [
      { bureauId: 'a', category: 'work_news', url: `${site.url}/news/`, hints: {} },
      { bureauId: 'a', category: 'notices', url: `${site.url}/maintenance/`, hints: {} },
    ];
    config.bureaus = [
      { id: 'a', name: '甲市自然资源局', level: 'city', province: '乙省', homepage: `${site.url}/`, sections },
    ];
    const store = await openStore(await mkdtemp(path.join(tmpdir(), 'landwatch-throttle-')));
    const app = createApp({ config, store, ...crawlerFor(fetch), now: () => new Date('2026-11-27T04:00:00Z') });
    const { results } = await app.check({ sections });
    const byCategory = Object.fromEntries(results.map((r) => [r.category, [r.state, r.reason]]));
    expect(byCategory).toEqual({ work_news: ['fresh', null], notices: ['blocked', 'rate-limited'] });
    expect(hits.filter((h) => h.path === '/news/')).toHaveLength(2);
    expect(hits.filter((h) => h.path === '/maintenance/')).toHaveLength(1);
  });
});
