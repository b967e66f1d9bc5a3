import { describe, expect, it } from 'vitest';
import type { SiteLink } from '../../src/crawl/discover-links.js';
import { followPortals } from '../../src/crawl/discover-portals.js';
import type { DiscoveredPage } from '../../src/crawl/discover-reads.js';
import type { Extraction } from '../../src/extract/extract.js';

const SITE = 'http://127.0.0.1:8080';
const nav = (text: string, path: string, group = 'g1'): SiteLink => ({
  text,
  url: `${SITE}${path}`,
  role: 'nav',
  group,
});

/** A group page with one column's box read as its list, as the extractor reads such a page. */
const groupPage = (url: string): DiscoveredPage => ({
  extraction: {
    status: 'ok',
    items: [{ title: '某地块国有建设用地使用权挂牌出让公告', url: `${url}crgg/art_1.html`, date: '2026-11-20' }],
  } as unknown as Extraction,
  html: '<html></html>',
  finalUrl: url,
  unreadable: null,
});

describe('group pages of a drop-down menu', () => {
  it('follows a menu entry that is the folder of other entries, and counts it a portal, not a column', async () => {
    const home = [
      nav('土地管理', '/tdgl/'),
      nav('出让公告', '/tdgl/crgg/', 'g2'),
      nav('出让结果', '/tdgl/crjg/', 'g2'),
      nav('工作动态', '/xwzx/gzdt/'),
      nav('通知公告', '/tzgg/'),
    ];
    const read: string[] = [];
    const { links, portalPages } = await followPortals(
      home,
      null,
      [],
      async (url) => {
        read.push(url);
        return groupPage(url);
      },
      async (page) => (page ? [nav('供应计划', '/tdgl/gyjh/', 'left')] : []),
    );
    expect(read).toEqual([`${SITE}/tdgl/`]);
    expect([...portalPages]).toEqual([`${SITE}/tdgl/`]);
    expect(links.map((l) => l.url)).toEqual([`${SITE}/tdgl/gyjh/`]);
  });

  it('follows nothing where no entry is the folder of two others', async () => {
    const read: string[] = [];
    await followPortals(
      [nav('通知公告', '/tzgg/'), nav('公示公告', '/tzgg/gsgg/'), nav('工作动态', '/gzdt/')],
      null,
      [],
      async (url) => {
        read.push(url);
        return null;
      },
      async () => [],
    );
    expect(read).toEqual([]);
  });
});
