import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { crawlerFor } from '../../src/crawl/crawler.js';
import { bestProposals, discoverSections } from '../../src/crawl/discover.js';
import { html, type SiteServer, startSiteServer } from '../harness/site-server.js';

/**
 * Two county sites, each with one expropriation column titled 征收土地预公告. On one it lists the
 * procedure's pre-notices; on the other the site files every 征收土地方案公告 there. Its items say which
 * column it is.
 */

const TODAY = '2026-12-01';
const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
const fetch = { ...config.settings.fetch, perHostSpacingMs: 0, timeoutMs: 3000 };

const page = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}_某县自然资源局</title></head><body>${body}</body></html>`;
const list = (title: (i: number) => string) =>
  Array.from(
    { length: 8 },
    (_, i) =>
      `<li><a href="/zdxx/2026${String(11 - i).padStart(2, '0')}/t2026${String(11 - i).padStart(2, '0')}01_${i}.html">${title(i + 1)}</a><span>2026-${String(11 - i).padStart(2, '0')}-01</span></li>`,
  ).join('');

function site(itemTitle: (i: number) => string): Promise<SiteServer> {
  return startSiteServer({
    '/': html(page('首页', '<ul class="nav"><li><a href="/zdxx/">征收土地预公告</a></li></ul>')),
    '/zdxx/': html(page('征收土地预公告', `<ul class="list">${list(itemTitle)}</ul>`)),
  });
}

let prenotices: SiteServer;
let notices: SiteServer;
beforeAll(async () => {
  prenotices = await site((n) => `关于某村拟征收土地的预公告（2026第${n}号）`);
  notices = await site((n) => `2026年第${n}批次征收土地方案公告`);
});
afterAll(() => Promise.all([prenotices.close(), notices.close()]));

const discover = async (s: SiteServer) =>
  bestProposals(
    await discoverSections(`${s.url}/`, { ...crawlerFor(fetch), categories: config.categories, today: TODAY }),
  );

describe('a column titled for the first notice of an expropriation', () => {
  it('is the 征收土地预公告 column when its items are pre-notices', async () => {
    const best = await discover(prenotices);
    expect(best.get('expro_prenotice')?.url).toBe(`${prenotices.url}/zdxx/`);
    expect(best.get('expro_notice')).toBeUndefined();
  });

  it('is the site’s 征地公告 column when its items are the 征收土地方案公告', async () => {
    const best = await discover(notices);
    expect(best.get('expro_notice')?.url).toBe(`${notices.url}/zdxx/`);
    expect(best.get('expro_prenotice')).toBeUndefined();
  });
});
