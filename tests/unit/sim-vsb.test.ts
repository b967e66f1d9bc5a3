import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import {
  listPageSize,
  type SimBureau,
  type SimItem,
  type SimSection,
  sectionPath,
  visibleItems,
} from '../../src/sim/network.js';
import { groupKind, vsbEntries, vsbNodeHref } from '../../src/sim/page-vsb.js';
import { vsbDialect } from '../../src/sim/vsb-addresses.js';
import { isGroup, type VsbGroup, vsbGroups, vsbRows, vsbTree, vsbTreeId } from '../../src/sim/vsb-catalogue.js';
import { checkListPages, getPage, serveTemplateSites, shown, TODAY } from '../harness/sim-template-pages.js';

/**
 * The twenty-second template's pages over real HTTP: every watched column's list page carries the items the
 * generator published (a page's worth, each linked to its article, every link relative to the page), its
 * 下页 leads to the next items at the page VSB numbers down from the last, a 大栏目's page lists its columns'
 * news, boxes them or is skipped for its first column, a column nobody watches opens its articles, and a
 * redesign moves the columns. The oracle is the generator's items and redesign, the tree's `wbtreeid`s and
 * VSB's address scheme written out here, not the template's address code and not landwatch's extraction.
 */

const sites = serveTemplateSites('vsb');
const get = (bureau: SimBureau, path: string) => getPage(sites.sim, bureau, path);

/** Columns whose list is the page's own markup (not an endpoint's or a script's). */
const pageColumns = (bureau: SimBureau) => bureau.sections.filter((s) => s.source.kind === 'page');

/** An address as written on the page at `at`, resolved: its path and query. */
const resolve = (at: string, href: string) => {
  const url = new URL(href, `http://site${at}`);
  return url.origin === 'http://site' ? url.pathname + url.search : url.href;
};

/** The watched columns under a 大栏目, its own 大栏目's too, that the site carries. */
const watchedBelow = (bureau: SimBureau, group: VsbGroup): SimSection[] =>
  group.entries.flatMap((n) =>
    isGroup(n) ? watchedBelow(bureau, n) : bureau.sections.filter((s) => n.category === s.category),
  );

/** Every address a page writes (a Hanweb `<datastore>` island's records too), resolved against the page. */
const written = (html: string, at: string) =>
  [...html.matchAll(/href="([^"]+)"/g)].map((m) => resolve(at, m[1] as string));

/** The JSP of a dynamic column's articles, named after its list's. */
const CONTENT_JSP: Record<string, string> = { list: 'content', lby: 'nry', erji: 'neirong' };

/** Where VSB publishes item `item` of column `s`: `/info/<wbtreeid>/<wbnewsid>.htm`, or its content JSP. */
function articleAt(bureau: SimBureau, s: SimSection, item: SimItem, day = TODAY): string {
  const tree = vsbTreeId(bureau.id, s.category);
  const no = (tree - 1000) * 10_000 + (item.id % 10_000);
  const list = sectionPath(bureau, s, day);
  const prefix = list.slice(0, list.length - s.path.length);
  const jsp = s.path.match(/^\/(\w+)\.jsp\?/)?.[1];
  if (!jsp) return `${prefix}/info/${tree}/${no}.htm`;
  return `${prefix}/${CONTENT_JSP[jsp]}.jsp?urltype=news.NewsContentUrl&wbtreeid=${tree}&wbnewsid=${no}`;
}

/** The 下页 link of a list page, resolved. */
function nextPage(html: string, at: string): string | undefined {
  const $ = cheerio.load(html);
  const href = $('a')
    .filter((_, el) => $(el).text() === '下页')
    .attr('href');
  return href === undefined ? undefined : resolve(at, href);
}

describe('the vsb template', () => {
  it('has sites of every address setup, both trees and every kind of 大栏目 page, some GBK, some redesigned', () => {
    const all = sites.network.bureaus;
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(new Set(all.map((b) => vsbDialect(b.id))).size).toBe(3);
    expect(new Set(all.map((b) => vsbTree(b.id).map(nodeName)[0]))).toEqual(new Set(['机构概况', '走进我局']));
    expect(new Set(all.map((b) => groupKind(b.id))).size).toBe(3);
    expect(all.some((b) => b.gbk)).toBe(true);
    expect(all.some((b) => b.redesign)).toBe(true);
  });

  it('numbers the tree from 1002 depth first, each 大栏目 before its columns, every watched column once', () => {
    for (const bureau of sites.network.bureaus) {
      const rows = vsbRows(bureau.id);
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
      expect(Math.min(...rows.map((r) => r.id))).toBeGreaterThanOrEqual(1002);
      for (const r of rows) {
        const parent = r.ancestors.at(-1);
        if (parent) expect(r.id).toBeGreaterThan(vsbTreeId(bureau.id, `group:${parent.name}`));
      }
      for (const s of bureau.sections) expect(rows.filter((r) => r.key === s.category)).toHaveLength(1);
    }
  });

  checkListPages(sites, {
    columns: pageColumns,
    links: (_bureau, html, at) => written(html, at),
    articleHref: (bureau, s, item) => articleAt(bureau, s, item),
    secondPage: (_bureau, html, at) => nextPage(html, at),
    pagedAtLeast: 3,
  });

  it('writes every link to its own site relative to the page, as VSB publishes', async () => {
    const absolute: string[] = [];
    for (const bureau of sites.network.bureaus) {
      const s = pageColumns(bureau)[0] as SimSection;
      for (const path of ['/', sectionPath(bureau, s, TODAY)]) {
        const $ = cheerio.load((await get(bureau, path)).html);
        $('a[href^="/"]').each((_, el) => {
          absolute.push(`${bureau.id} ${path} ${$(el).attr('href')}`);
        });
      }
    }
    expect(absolute).toEqual([]);
  });

  it('numbers a static list’s pages down from the last: page 2 of n is n-1, page n is 1, none beyond', async () => {
    let checked = 0;
    for (const bureau of sites.network.bureaus.filter((b) => vsbDialect(b.id) !== 'dynamic')) {
      const perPage = listPageSize(bureau);
      const s = pageColumns(bureau).find((x) => !x.path.includes('?') && visibleItems(x, TODAY, 1000).length > perPage);
      if (!s) continue;
      const pages = Math.ceil(visibleItems(s, TODAY, 1000).length / perPage);
      const folder = sectionPath(bureau, s, TODAY).replace(/\.htm$/, '');
      const first = await get(bureau, sectionPath(bureau, s, TODAY));
      expect(nextPage(first.html, sectionPath(bureau, s, TODAY))).toBe(`${folder}/${pages - 1}.htm`);
      const last = await get(bureau, `${folder}/1.htm`);
      expect(last.status).toBe(200);
      const oldest = shown(s, perPage, pages - 1).at(-1) as SimItem;
      expect(written(last.html, `${folder}/1.htm`)).toContain(articleAt(bureau, s, oldest));
      expect((await get(bureau, `${folder}/${pages}.htm`)).status).toBe(404);
      checked++;
    }
    expect(checked).toBeGreaterThan(2);
  });

  it('opens a 大栏目’s page: its columns’ newest news, or a box per column with its 更多', async () => {
    const wrong: string[] = [];
    for (const bureau of sites.network.bureaus) {
      const home = written((await get(bureau, '/')).html, '/');
      for (const group of vsbGroups(bureau.id)) {
        const at = vsbNodeHref(bureau, group, TODAY);
        const { status, html } = await get(bureau, at);
        if (status !== 200) wrong.push(`${bureau.id} ${group.name} ${status}`);
        const linked = written(html, at);
        const entries = vsbEntries(bureau, group, TODAY);
        if (groupKind(bureau.id) === 'first') {
          // The menu skips the 大栏目's own page (`/zwgk.htm`) for its first column.
          const own = `/${vsbRows(bureau.id)
            .find((r) => r.node === group)
            ?.dirs.join('/')}.htm`;
          if (home.some((h) => h.endsWith(own)) || at !== entries[0]?.href)
            wrong.push(`${bureau.id} ${group.name} first`);
          continue;
        }
        // The left list links every column of the top-level 大栏目, 链接栏目 too.
        for (const e of entries) if (!linked.includes(e.href)) wrong.push(`${bureau.id} ${group.name} ${e.title}`);
        const newest = watchedBelow(bureau, group)
          .flatMap((x) => visibleItems(x, TODAY, 1).map((i) => ({ i, s: x })))
          .sort((a, b) => (a.i.date < b.i.date ? 1 : -1))[0];
        if (newest && !linked.includes(articleAt(bureau, newest.s, newest.i)))
          wrong.push(`${bureau.id} ${group.name} newest ${newest.i.id}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('links every watched column from the homepage or a page the homepage links', async () => {
    const wrong: string[] = [];
    for (const bureau of sites.network.bureaus) {
      const home = written((await get(bureau, '/')).html, '/');
      const groups = vsbGroups(bureau.id).map((g) => vsbNodeHref(bureau, g, TODAY));
      const second = await Promise.all(
        groups.filter((g) => home.includes(g)).map(async (g) => written((await get(bureau, g)).html, g)),
      );
      const linked = new Set([...home, ...second.flat()]);
      for (const s of bureau.sections)
        if (!linked.has(sectionPath(bureau, s, TODAY))) wrong.push(`${bureau.id} ${s.category}`);
    }
    expect(wrong).toEqual([]);
  });

  it('links a 网站地图 from the footer where the tree has one, and it links every watched column', async () => {
    const wrong: string[] = [];
    const mapped = sites.network.bureaus.filter((b) => vsbTreeId(b.id, '网站地图') > 0);
    for (const bureau of mapped) {
      const $ = cheerio.load((await get(bureau, '/')).html);
      const href = $('.vsb-footer a')
        .filter((_, el) => $(el).text() === '网站地图')
        .attr('href');
      const at = resolve('/', href ?? '');
      const { status, html } = await get(bureau, at);
      const linked = written(html, at);
      if (status !== 200) wrong.push(`${bureau.id} ${at} ${status}`);
      for (const s of bureau.sections)
        if (!linked.includes(sectionPath(bureau, s, TODAY))) wrong.push(`${bureau.id} ${s.category}`);
    }
    expect(mapped.length).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it('serves the homepage at index.htm, and the articles of a column nobody watches', async () => {
    const bureau = sites.network.bureaus[0] as SimBureau;
    const index = await get(bureau, '/index.htm');
    expect(index.status).toBe(200);
    expect(index.html).toContain('Announced by Visual SiteBuilder 9');
    const other = vsbRows(bureau.id).find(
      (r) => !isGroup(r.node) && r.node.title && !r.node.single && !r.node.external,
    );
    const href = vsbNodeHref(bureau, other?.node as never, TODAY);
    const list = await get(bureau, href);
    expect(list.status).toBe(200);
    const $ = cheerio.load(list.html);
    const article = $('.right-box a[title]').first().attr('href') as string;
    const page = await get(bureau, resolve(href, article));
    expect(page.status).toBe(200);
    expect(page.html).toContain('vsb_content');
  });
});

const nodeName = (n: ReturnType<typeof vsbTree>[number]) => (isGroup(n) ? n.name : n.title);
