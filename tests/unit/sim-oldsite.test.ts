import * as cheerio from 'cheerio';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/day.js';
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
import { oldsiteDialect } from '../../src/sim/oldsite-addresses.js';
import { oldsiteTree } from '../../src/sim/oldsite-catalogue.js';
import { oldsiteFrames, oldsiteSite } from '../../src/sim/page-oldsite.js';
import { type SimServer, startSimServer } from '../../src/sim/server.js';

/**
 * The eighteenth template's pages over real HTTP: every watched column's list page carries the items the
 * generator published (newest first, a page's worth, each linked to an article page that shows it), its
 * pager leads to the next page's items, a framed homepage's frames answer and link the menu's groups, a
 * class-name address names the column's group and title in GBK, and a redesign moves the columns. The
 * oracle is the generator's items, titles and redesign, not landwatch's extraction.
 */

const TODAY = '2026-11-27';
let sim: SimServer;
let network: SimNetwork;

beforeAll(async () => {
  const families = { ...REALISTIC_FAMILIES, challenges: 0 };
  const all = generateNetwork({ seed: 7, size: 400, origin: TODAY, redesignRate: 0.4, faultRate: 0, families });
  network = { ...all, bureaus: all.bureaus.filter((b) => navStyle(b) === 'oldsite') };
  sim = await startSimServer(network, { today: TODAY });
});

afterAll(async () => {
  await sim?.close();
});

const origin = (bureau: SimBureau) => `http://${bureau.address}:${sim.port}`;

async function get(bureau: SimBureau, path: string) {
  const res = await fetch(new URL(path, origin(bureau)), { redirect: 'manual' });
  const bytes = Buffer.from(await res.arrayBuffer());
  const html = bureau.gbk ? iconv.decode(bytes, 'gbk') : bytes.toString('utf8');
  return { status: res.status, html };
}

/** Columns whose list is the page's own markup (not an endpoint's or a script's). */
const pageColumns = (bureau: SimBureau) => bureau.sections.filter((s) => s.source.kind === 'page');

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

/** The items on page `n` (0-based) of a column, the pinned item first on page 0. */
function shown(section: SimSection, perPage: number, n: number) {
  const items = visibleItems(section, TODAY, perPage, n);
  return n === 0 && section.pinned && section.pinned.date <= TODAY ? [section.pinned, ...items] : items;
}

const articleHref = (bureau: SimBureau, s: SimSection, item: SimItem) =>
  numberedArticleHref(oldsiteSite(bureau, TODAY), bureau, s, item, TODAY);

describe('the oldsite template', () => {
  it('has sites of every address rule, every frame form and both layouts, some GBK, some redesigned', () => {
    const sites = network.bureaus;
    expect(sites.length).toBeGreaterThanOrEqual(12);
    expect(new Set(sites.map((b) => oldsiteDialect(b.id).name)).size).toBe(4);
    expect(new Set(sites.map((b) => oldsiteFrames(b))).size).toBe(4);
    expect(new Set(sites.map((b) => oldsiteTree(b.id)[1]?.name)).size).toBe(2);
    expect(sites.filter((b) => oldsiteDialect(b.id).name === 'bigclass').every((b) => b.gbk)).toBe(true);
    expect(sites.some((b) => b.redesign)).toBe(true);
  });

  it('lists every column’s first page of items, each linked to its article', async () => {
    const wrong: string[] = [];
    for (const bureau of network.bureaus) {
      for (const s of pageColumns(bureau)) {
        const path = sectionPath(bureau, s, TODAY);
        const { status, html } = await get(bureau, path);
        const linked = links(bureau, html, path);
        for (const item of shown(s, listPageSize(bureau), 0)) {
          const href = articleHref(bureau, s, item);
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
        const { status, html } = await get(bureau, articleHref(bureau, s, item));
        if (status !== 200 || !html.includes(`<h1>${item.title}</h1>`)) wrong.push(`${bureau.id} ${s.category}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('pages a long list: the pager’s 下一页 shows the next items', async () => {
    let checked = 0;
    for (const bureau of network.bureaus) {
      const perPage = listPageSize(bureau);
      const s = pageColumns(bureau).find((x) => visibleItems(x, TODAY, 1000).length > perPage);
      if (!s) continue;
      const path = sectionPath(bureau, s, TODAY);
      const first = await get(bureau, path);
      const $ = cheerio.load(first.html);
      const next = $('a')
        .filter((_, el) => $(el).text() === '下一页')
        .attr('href');
      expect(next, `${bureau.id} ${s.category}`).toBeDefined();
      const at = new URL(next as string, new URL(path, origin(bureau)));
      const second = await get(bureau, at.pathname + at.search);
      expect(second.status).toBe(200);
      const linked = links(bureau, second.html, at.pathname + at.search);
      for (const item of shown(s, perPage, 1)) expect(linked).toContain(articleHref(bureau, s, item));
      expect(linked).not.toContain(articleHref(bureau, s, visibleItems(s, TODAY, 1)[0] as SimItem));
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('serves a framed homepage whose frames answer, its top frame one click from every column', async () => {
    const framed = network.bureaus.filter((b) => oldsiteFrames(b) !== 'none');
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
    const named = network.bureaus.filter((b) => oldsiteDialect(b.id).name === 'bigclass');
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
