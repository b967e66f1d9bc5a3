import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { crawlerFor } from '../../src/crawl/crawler.js';
import { bestProposals, discoverSections } from '../../src/crawl/discover.js';

/**
 * A homepage that links its columns only through a 网站地图 in its footer: discovery follows the
 * sitemap and finds the columns it lists under its group headings.
 */

const TODAY = '2026-12-01';
const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
const fetch = { ...config.settings.fetch, perHostSpacingMs: 0, timeoutMs: 3000 };

const shell = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}_某市自然资源局</title></head><body>${body}</body></html>`;
const notices = Array.from(
  { length: 8 },
  (_, i) =>
    `<li><a href="/col/col203/art_${i + 1}.html">关于第${i + 1}批建设用地的公告</a><span>2026-11-${String(20 - i).padStart(2, '0')}</span></li>`,
).join('');
const PAGES: Record<string, string> = {
  '/': shell(
    '首页',
    `<div class="banner">某市自然资源局</div><div class="ft"><a href="/col/col299/index.html">网站地图</a></div>`,
  ),
  '/col/col299/index.html': shell(
    '网站地图',
    `<div class="wzdt"><div class="map-item"><h3><a href="/col/col200/index.html">政务公开</a></h3><ul><li><a href="/col/col203/index.html">通知公告</a></li><li><a href="/col/col206/index.html">联系我们</a></li><li><a href="/col/col209/index.html">在线访谈</a></li></ul></div></div>`,
  ),
  '/col/col203/index.html': shell('通知公告', `<ul class="list">${notices}</ul>`),
};

let server: Server;
let host: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const body = PAGES[req.url ?? ''];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('discovery through a 网站地图', () => {
  it('follows the footer’s sitemap and proposes the column it lists', async () => {
    const deps = { ...crawlerFor(fetch), categories: config.categories, today: TODAY };
    const best = bestProposals(await discoverSections(`${host}/`, deps));
    expect(best.get('notices')?.url).toBe(`${host}/col/col203/index.html`);
    expect([...best.values()].map((p) => p.url)).not.toContain(`${host}/col/col299/index.html`);
  }, 20_000);
});
