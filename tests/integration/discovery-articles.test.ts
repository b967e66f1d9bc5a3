import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { crawlerFor } from '../../src/crawl/crawler.js';
import { bestProposals, discoverSections } from '../../src/crawl/discover.js';
import { type Route, type SiteServer, startSiteServer } from '../harness/site-server.js';

/**
 * A homepage whose articles sit at addresses that say nothing of being articles (c1520030.jhtml), in a
 * block titled like a column's list: its 征收土地公告 is an article whose page names itself and lists
 * its attachment. Discovery does not take the article for the column.
 */

const TODAY = '2026-12-01';
const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
const fetch = { ...config.settings.fetch, perHostSpacingMs: 0, timeoutMs: 3000 };

const shell = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><meta name="ColumnName" content="${title}"><title>${title}_某县自然资源局</title></head><body>${body}</body></html>`;
const notices = Array.from(
  { length: 8 },
  (_, i) =>
    `<li><a href="/zsgg/c15200${i + 1}.jhtml">关于第${i + 1}批次建设用地征收土地的公告</a><span>2026-11-${String(20 - i).padStart(2, '0')}</span></li>`,
).join('');
const ARTICLE = shell(
  '2026年征收土地公告',
  `<div class="content"><h1>2026年征收土地公告</h1><p>根据有关规定，现将征收土地情况公告如下。</p>
<ul><li><a href="/upload/2026/zsgg.pdf">附件：2026年征收土地公告.pdf</a><span>2026-11-20</span></li></ul></div>`,
);
const PAGES: Record<string, string> = {
  '/': shell(
    '首页',
    `<ul class="nav"><li><a href="/zsgg/index.jhtml">征收土地方案公布</a></li></ul>
<div class="box"><h2>热点</h2><ul><li><a href="/zsgg/c1520030.jhtml">2026年征收土地公告</a></li></ul></div>`,
  ),
  '/zsgg/index.jhtml': shell('征收土地方案公布', `<ul class="list">${notices}</ul>`),
  '/zsgg/c1520030.jhtml': ARTICLE,
};

let site: SiteServer;
beforeAll(async () => {
  site = await startSiteServer(
    Object.fromEntries(
      Object.entries(PAGES).map(([path, body]): [string, Route] => [
        path,
        (_req, res) => {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(body);
        },
      ]),
    ),
  );
});
afterAll(() => site.close());

describe('discovery among articles at addresses that say nothing', () => {
  it('proposes no article titled by its year that lists its attachment', async () => {
    const deps = { ...crawlerFor(fetch), categories: config.categories, today: TODAY };
    const found = await discoverSections(`${site.url}/`, deps);
    const best = bestProposals(found);
    expect(best.get('expro_notice')?.url).not.toBe(`${site.url}/zsgg/c1520030.jhtml`);
    expect(found.proposals.filter((p) => p.confirmed).map((p) => p.url)).not.toContain(
      `${site.url}/zsgg/c1520030.jhtml`,
    );
  }, 20_000);
});
