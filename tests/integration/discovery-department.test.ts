import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/config.js';
import { crawlerFor } from '../../src/crawl/crawler.js';
import { bestProposals, discoverSections } from '../../src/crawl/discover.js';
import { html, type SiteServer, startSiteServer } from '../harness/site-server.js';

/**
 * A department's sub-site on a city platform whose homepage links only the platform's 政务公开: the way to
 * the bureau's columns is 政务公开 > 部门信息公开 > the entry bearing the bureau's own name, not another
 * department's.
 */

const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
const fetch = { ...config.settings.fetch, perHostSpacingMs: 0, timeoutMs: 3000, extractionThreads: 0 };
const SITE = '某市自然资源局';

const page = (title: string, body: string) =>
  `<html><head><meta name="SiteName" content="${SITE}"><title>${title}_${SITE}</title></head><body>${body}</body></html>`;
const column = (title: string, items: string[]) =>
  page(
    title,
    `<h2>${title}</h2><ul class="list">${items
      .map(
        (t, i) =>
          `<li><a href="art_${i + 1}.html">${t}</a><span>2026-11-${String(20 - i).padStart(2, '0')}</span></li>`,
      )
      .join('')}</ul>`,
  );
const notices = [
  '关于开展土地矿产卫片执法检查的通知',
  '关于公布行政许可事项清单的公告',
  '关于做好地质灾害防治工作的通知',
];

let site: SiteServer;
beforeAll(async () => {
  site = await startSiteServer({
    '/': html(page('首页', `<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul>`)),
    '/zwgk/': html(page('政务公开', `<ul class="gk"><li><a href="/zwgk/bmxxgk/">部门信息公开</a></li></ul>`)),
    '/zwgk/bmxxgk/': html(
      page(
        '部门信息公开',
        `<ul class="bm-list"><li><a href="/zwgk/bmxxgk/fgw/">某市发展和改革委员会</a></li><li><a href="/zwgk/bmxxgk/zrzyj/">${SITE}</a></li></ul>`,
      ),
    ),
    '/zwgk/bmxxgk/zrzyj/': html(
      page(
        '信息公开目录',
        `<ul class="ml-tree"><li><a href="/zwgk/bmxxgk/zrzyj/0503/">本机关通知公告</a></li><li><a href="/zwgk/bmxxgk/zrzyj/0701/">不动产登记公告</a></li></ul>`,
      ),
    ),
    '/zwgk/bmxxgk/zrzyj/0503/': html(column('本机关通知公告', notices)),
    '/zwgk/bmxxgk/zrzyj/0701/': html(
      column('不动产登记公告', ['不动产首次登记公告', '不动产注销登记公告', '不动产更正登记公告']),
    ),
    '/zwgk/bmxxgk/fgw/': html(page('信息公开目录', `<ul><li><a href="/zwgk/bmxxgk/fgw/0501/">通知公告</a></li></ul>`)),
    '/zwgk/bmxxgk/fgw/0501/': html(column('通知公告', notices)),
  });
});
afterAll(() => site.close());

describe('a department site reached through the platform’s list of departments', () => {
  it('follows the entry bearing the site’s own name to its columns, and no other department’s', async () => {
    const d = await discoverSections(`${site.url}/`, {
      ...crawlerFor(fetch),
      categories: config.categories,
      today: '2026-12-01',
    });
    const best = bestProposals(d);
    expect(best.get('notices')?.url).toBe(`${site.url}/zwgk/bmxxgk/zrzyj/0503/`);
    expect(best.get('real_estate_reg')?.url).toBe(`${site.url}/zwgk/bmxxgk/zrzyj/0701/`);
    expect(site.requests.map((r) => r.path).filter((p) => p.includes('/fgw/'))).toEqual([]);
  });
});
