import * as cheerio from 'cheerio';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/day.js';
import { jeecmsDialect } from '../../src/sim/jeecms-addresses.js';
import { jeecmsTree } from '../../src/sim/jeecms-catalogue.js';
import {
  generateNetwork,
  listPageSize,
  navStyle,
  REALISTIC_FAMILIES,
  type SimBureau,
  type SimItem,
  type SimNetwork,
  type SimSection,
  sectionPath,
  visibleItems,
} from '../../src/sim/network.js';
import { numberedArticleHref } from '../../src/sim/numbered-site.js';
import { jeecmsGroupHref, jeecmsSite } from '../../src/sim/page-jeecms.js';
import { type SimServer, startSimServer } from '../../src/sim/server.js';

/**
 * The nineteenth template's pages over real HTTP: every watched channel's list page carries the items the
 * generator published (a page's worth, each linked to an article page that shows it), its pager (links, or
 * `sysPage` buttons whose script builds the address) leads to the next page's items, a parent channel's
 * page has a box per child linking the child, the 网站地图 links every column, and a redesign moves the
 * columns. The oracle is the generator's items, tree and redesign, not landwatch's extraction.
 */

const TODAY = '2026-11-27';
let sim: SimServer;
let network: SimNetwork;

beforeAll(async () => {
  const families = { ...REALISTIC_FAMILIES, challenges: 0 };
  const all = generateNetwork({ seed: 7, size: 200, origin: TODAY, redesignRate: 0.4, faultRate: 0, families });
  network = { ...all, bureaus: all.bureaus.filter((b) => navStyle(b) === 'jeecms') };
  sim = await startSimServer(network, { today: TODAY });
});

afterAll(async () => {
  await sim?.close();
});

async function get(bureau: SimBureau, path: string) {
  const res = await fetch(`http://${bureau.address}:${sim.port}${path}`, { redirect: 'manual' });
  const bytes = Buffer.from(await res.arrayBuffer());
  const html = bureau.gbk ? iconv.decode(bytes, 'gbk') : bytes.toString('utf8');
  return { status: res.status, html };
}

/**
 * Columns whose list is the page's own markup (not an endpoint's or a script's, nor a Hanweb `<datastore>`
 * island whose records only its script shows).
 */
const pageColumns = (bureau: SimBureau) =>
  bureau.family === 'hanweb-island' ? [] : bureau.sections.filter((s) => s.source.kind === 'page');

/** The addresses a page links, in the order it links them. */
function links(html: string): string[] {
  const $ = cheerio.load(html);
  return $('a[href]')
    .map((_, el) => $(el).attr('href') as string)
    .get();
}

/** The items on page `n` (0-based) of a column, the pinned item first on page 0. */
function shown(section: SimSection, perPage: number, n: number) {
  const items = visibleItems(section, TODAY, perPage, n);
  return n === 0 && section.pinned && section.pinned.date <= TODAY ? [section.pinned, ...items] : items;
}

describe('the jeecms template', () => {
  it('has sites of every address rule and both column trees, some GBK, some redesigned', () => {
    const sites = network.bureaus;
    expect(sites.length).toBeGreaterThanOrEqual(8);
    expect(new Set(sites.map((b) => jeecmsDialect(b.id).name)).size).toBe(3);
    expect(new Set(sites.map((b) => jeecmsTree(b.id)[1]?.name)).size).toBe(2);
    expect(sites.some((b) => b.gbk)).toBe(true);
    expect(sites.some((b) => b.redesign)).toBe(true);
  });

  it('lists every column’s first page of items, each linked to its article', async () => {
    const wrong: string[] = [];
    for (const bureau of network.bureaus) {
      for (const s of pageColumns(bureau)) {
        const { status, html } = await get(bureau, sectionPath(bureau, s, TODAY));
        const linked = links(html);
        for (const item of shown(s, listPageSize(bureau), 0)) {
          const href = numberedArticleHref(jeecmsSite(bureau), bureau, s, item, TODAY);
          if (status !== 200 || !html.includes(item.title) || !linked.includes(href))
            wrong.push(`${bureau.id} ${s.category} ${status} ${href}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('opens each item’s article at the address its list links', async () => {
    const wrong: string[] = [];
    for (const bureau of network.bureaus) {
      for (const s of pageColumns(bureau).slice(0, 4)) {
        const item = visibleItems(s, TODAY, 1)[0];
        if (!item) continue;
        const { status, html } = await get(bureau, numberedArticleHref(jeecmsSite(bureau), bureau, s, item, TODAY));
        if (status !== 200 || !html.includes(`<h1>${item.title}</h1>`)) wrong.push(`${bureau.id} ${s.category}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('pages a long list: the pager’s page 2 shows the next items', async () => {
    let checked = 0;
    for (const bureau of network.bureaus) {
      const perPage = listPageSize(bureau);
      const s = pageColumns(bureau).find((x) => visibleItems(x, TODAY, 1000).length > perPage);
      if (!s) continue;
      const first = await get(bureau, sectionPath(bureau, s, TODAY));
      const $ = cheerio.load(first.html);
      // The link to page 2, or where the sysPage bar's `_gotoPage(2)` goes.
      const script = first.html.match(/var _urlPrefix='([^']+)',_urlSuffix='([^']+)'/);
      const two = script
        ? `${script[1]}_2${script[2]}`
        : $('.pages a')
            .filter((_, el) => $(el).text() === '2')
            .attr('href');
      expect(two, `${bureau.id} ${s.category}`).toBeDefined();
      const second = await get(bureau, two as string);
      expect(second.status).toBe(200);
      const href = (item: SimItem) => numberedArticleHref(jeecmsSite(bureau), bureau, s, item, TODAY);
      const linked = links(second.html);
      for (const item of shown(s, perPage, 1)) expect(linked).toContain(href(item));
      expect(linked).not.toContain(href(visibleItems(s, TODAY, 1)[0] as SimItem));
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('opens a parent channel’s page with a box per child channel, its 更多 to the child', async () => {
    const wrong: string[] = [];
    for (const bureau of network.bureaus) {
      const group = jeecmsTree(bureau.id).find((g) => g.name === '政务公开');
      if (!group) continue;
      const { status, html } = await get(bureau, jeecmsGroupHref(bureau, group, TODAY));
      const $ = cheerio.load(html);
      const more = $('.column-boxes .box-hd a.more')
        .map((_, el) => $(el).attr('href') as string)
        .get();
      for (const s of bureau.sections.filter((x) => group.entries.some((e) => e.category === x.category)))
        if (status !== 200 || !more.includes(sectionPath(bureau, s, TODAY))) wrong.push(`${bureau.id} ${s.category}`);
    }
    expect(wrong).toEqual([]);
  });

  it('links every watched column from its 网站地图', async () => {
    const wrong: string[] = [];
    for (const bureau of network.bureaus) {
      const { status, html } = await get(bureau, '/sitemap.jhtml');
      const linked = links(html);
      for (const s of bureau.sections)
        if (status !== 200 || !linked.includes(sectionPath(bureau, s, TODAY))) wrong.push(`${bureau.id} ${s.category}`);
    }
    expect(wrong).toEqual([]);
  });

  it('moves its columns with a redesign: the new address serves the list, the old one no longer does', async () => {
    const redesigned = network.bureaus.filter((b) => b.redesign);
    const later = addDays(TODAY, 400);
    sim.setToday(later);
    try {
      for (const bureau of redesigned) {
        const s = pageColumns(bureau)[0] as SimSection;
        const now = await get(bureau, sectionPath(bureau, s, later));
        expect(now.status).toBe(200);
        expect(now.html).toContain(visibleItems(s, later, 1)[0]?.title);
        const old = await get(bureau, s.path);
        expect([302, 404]).toContain(old.status);
      }
    } finally {
      sim.setToday(TODAY);
    }
  });
});
