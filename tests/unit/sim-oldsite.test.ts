import * as cheerio from 'cheerio';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { type SimBureau, type SimItem, type SimSection, sectionPath } from '../../src/sim/network.js';
import { numberedArticleHref } from '../../src/sim/numbered-site.js';
import { oldsiteDialect } from '../../src/sim/oldsite-addresses.js';
import { oldsiteTree } from '../../src/sim/oldsite-catalogue.js';
import { oldsiteFrames, oldsiteSite } from '../../src/sim/page-oldsite.js';
import {
  checkListPages,
  getPage,
  pageColumns,
  serveTemplateSites,
  siteOrigin,
  TODAY,
} from '../harness/sim-template-pages.js';

/**
 * The eighteenth template's pages over real HTTP: every watched column's list page carries the items the
 * generator published (newest first, a page's worth, each linked to an article page that shows it), its
 * pager leads to the next page's items, a framed homepage's frames answer and link the menu's groups, a
 * class-name address names the column's group and title in GBK, and a redesign moves the columns. The
 * oracle is the generator's items, titles and redesign, not landwatch's extraction.
 */

const sites = serveTemplateSites('oldsite', { size: 400 });
const origin = (bureau: SimBureau) => siteOrigin(sites.sim, bureau);
const get = (bureau: SimBureau, path: string) => getPage(sites.sim, bureau, path);

/** The addresses a page at `at` links (path and query), in the order it links them. */
function links(bureau: SimBureau, html: string, at: string, selector = 'a[href], area[href]'): string[] {
  const $ = cheerio.load(html);
  return $(selector)
    .map((_, el) => {
      const url = new URL($(el).attr('href') ?? $(el).attr('src') ?? '', new URL(at, origin(bureau)));
      return url.pathname + url.search;
    })
    .get();
}

const articleHref = (bureau: SimBureau, s: SimSection, item: SimItem) =>
  numberedArticleHref(oldsiteSite(bureau, TODAY), bureau, s, item, TODAY);

describe('the oldsite template', () => {
  it('has sites of every address rule, every frame form and both layouts, some GBK, some redesigned', () => {
    const all = sites.network.bureaus;
    expect(all.length).toBeGreaterThanOrEqual(12);
    expect(new Set(all.map((b) => oldsiteDialect(b.id).name)).size).toBe(4);
    expect(new Set(all.map((b) => oldsiteFrames(b))).size).toBe(4);
    expect(new Set(all.map((b) => oldsiteTree(b.id)[1]?.name)).size).toBe(2);
    expect(all.filter((b) => oldsiteDialect(b.id).name === 'bigclass').every((b) => b.gbk)).toBe(true);
    expect(all.some((b) => b.redesign)).toBe(true);
  });

  checkListPages(sites, {
    articleHref,
    links: (bureau, html, at) => links(bureau, html, at),
    secondPage: (bureau, html, at) => {
      const $ = cheerio.load(html);
      const next = $('a')
        .filter((_, el) => $(el).text() === '下一页')
        .attr('href');
      if (next === undefined) return undefined;
      const url = new URL(next, new URL(at, origin(bureau)));
      return url.pathname + url.search;
    },
    pagedAtLeast: 5,
  });

  it('serves a framed homepage whose frames answer, its top frame one click from every column', async () => {
    const framed = sites.network.bureaus.filter((b) => oldsiteFrames(b) !== 'none');
    expect(framed.length).toBeGreaterThan(3);
    for (const bureau of framed) {
      const home = await get(bureau, '/');
      const frames = links(bureau, home.html, '/', 'frame[src], iframe[src]');
      expect(home.html.includes('<frameset'), bureau.id).toBe(oldsiteFrames(bureau) !== 'iframe');
      expect(frames.length, bureau.id).toBe({ top: 2, left: 3, iframe: 1, none: 0 }[oldsiteFrames(bureau)]);
      for (const f of frames) expect((await get(bureau, f)).status, `${bureau.id} ${f}`).toBe(200);
      const top = frames.find((f) => /\/top\.(htm|asp)$/.test(f)) as string;
      const menu = links(bureau, (await get(bureau, top)).html, top).filter((h) => h !== '/');
      const reached = new Set(menu);
      for (const h of menu) for (const l of links(bureau, (await get(bureau, h)).html, h)) reached.add(l);
      const missing = bureau.sections.map((s) => sectionPath(bureau, s, TODAY)).filter((p) => !reached.has(p));
      expect(missing, bureau.id).toEqual([]);
    }
  });

  it('names a column by its group and its title in GBK on class-name addresses', async () => {
    const named = sites.network.bureaus.filter((b) => oldsiteDialect(b.id).name === 'bigclass');
    expect(named.length).toBeGreaterThan(0);
    for (const bureau of named) {
      for (const s of pageColumns(bureau)) {
        const path = sectionPath(bureau, s, TODAY);
        const query = new URL(path, origin(bureau)).search.slice(1);
        const names = Object.fromEntries(
          query.split('&').map((kv) => {
            const [k, v = ''] = kv.split('=');
            const bytes = Buffer.from(
              (v.match(/%[0-9A-F]{2}|./g) ?? []).map((c) =>
                c.length === 3 ? Number.parseInt(c.slice(1), 16) : c.charCodeAt(0),
              ),
            );
            return [k, iconv.decode(bytes, 'gbk')];
          }),
        );
        const group = oldsiteTree(bureau.id).find((g) => g.entries.some((e) => e.category === s.category));
        expect(names.BigClassName).toBe(group?.name);
        const { html } = await get(bureau, path);
        if (!group?.leaf) expect(html).toContain(`<meta name="ColumnName" content="${names.SmallClassName}">`);
      }
    }
  });
});
