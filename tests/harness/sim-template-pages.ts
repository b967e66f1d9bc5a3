import * as cheerio from 'cheerio';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays } from '../../src/domain/day.js';
import type { NavStyle } from '../../src/sim/model.js';
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
import { type SimServer, startSimServer } from '../../src/sim/server.js';

/**
 * What the tests of one simulator template share: a sim server of the template's sites only, fetching and
 * decoding its pages, reading their links, and the checks every list template answers the same way. The
 * oracle throughout is the generator's items and redesign.
 */

export const TODAY = '2026-11-27';

export interface TemplateSites {
  sim: SimServer;
  network: SimNetwork;
}

/** Serves, for the calling test file, the sites of one template (no faults, no challenges). */
export function serveTemplateSites(
  style: NavStyle,
  { seed = 7, size = 200, redesignRate = 0.4 }: { seed?: number; size?: number; redesignRate?: number } = {},
): TemplateSites {
  const sites = {} as TemplateSites;
  beforeAll(async () => {
    const families = { ...REALISTIC_FAMILIES, challenges: 0 };
    const all = generateNetwork({ seed, size, origin: TODAY, redesignRate, faultRate: 0, families });
    sites.network = { ...all, bureaus: all.bureaus.filter((b) => navStyle(b) === style) };
    sites.sim = await startSimServer(sites.network, { today: TODAY });
  });
  afterAll(async () => {
    await sites.sim?.close();
  });
  return sites;
}

export const siteOrigin = (sim: SimServer, bureau: SimBureau) => `http://${bureau.address}:${sim.port}`;

/** A page of the site, decoded as the site encodes it; `form` posts it. */
export async function getPage(sim: SimServer, bureau: SimBureau, path: string, form?: string) {
  const res = await fetch(new URL(path, siteOrigin(sim, bureau)), {
    redirect: 'manual',
    method: form ? 'POST' : 'GET',
    body: form,
    headers: form ? { 'content-type': 'application/x-www-form-urlencoded' } : {},
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  const html = bureau.gbk ? iconv.decode(bytes, 'gbk') : bytes.toString('utf8');
  return { status: res.status, location: res.headers.get('location'), html };
}

/** Columns whose list is the page's own markup (not an endpoint's or a script's). */
export const pageColumns = (bureau: SimBureau) => bureau.sections.filter((s) => s.source.kind === 'page');

/** The addresses a page links, as written, in the order it links them. */
export function hrefs(html: string): string[] {
  const $ = cheerio.load(html);
  return $('a[href]')
    .map((_, el) => $(el).attr('href') as string)
    .get();
}

/** The items on page `n` (0-based) of a column, the pinned item first on page 0. */
export function shown(section: SimSection, perPage: number, n: number) {
  const items = visibleItems(section, TODAY, perPage, n);
  return n === 0 && section.pinned && section.pinned.date <= TODAY ? [section.pinned, ...items] : items;
}

export interface ListChecks {
  /** The columns a list page carries. */
  columns?: (bureau: SimBureau) => SimSection[];
  /** Where the column's list links an item's article. */
  articleHref: (bureau: SimBureau, s: SimSection, item: SimItem) => string;
  /** The addresses a list page at `at` links, comparable with `articleHref`. */
  links?: (bureau: SimBureau, html: string, at: string) => string[];
  /** The address of page 2, read off page 1 at `at`. */
  secondPage: (bureau: SimBureau, html: string, at: string) => string | undefined;
  /** How many sites must have a list long enough to page. */
  pagedAtLeast: number;
}

/** The checks every list template answers alike: first pages, articles, page 2, a redesign's moves. */
export function checkListPages(sites: TemplateSites, checks: ListChecks): void {
  const columns = checks.columns ?? pageColumns;
  const links = checks.links ?? ((_b, html) => hrefs(html));
  const get = (bureau: SimBureau, path: string) => getPage(sites.sim, bureau, path);

  it('lists every column’s first page of items, each linked to its article', async () => {
    const wrong: string[] = [];
    for (const bureau of sites.network.bureaus) {
      for (const s of columns(bureau)) {
        const path = sectionPath(bureau, s, TODAY);
        const { status, html } = await get(bureau, path);
        const linked = links(bureau, html, path);
        for (const item of shown(s, listPageSize(bureau), 0)) {
          const href = checks.articleHref(bureau, s, item);
          if (status !== 200 || !html.includes(item.title) || !linked.includes(href))
            wrong.push(`${bureau.id} ${s.category} ${status} ${href}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('opens each item’s article at the address its list links', async () => {
    const wrong: string[] = [];
    for (const bureau of sites.network.bureaus) {
      for (const s of columns(bureau).slice(0, 4)) {
        const item = visibleItems(s, TODAY, 1)[0];
        if (!item) continue;
        const { status, html } = await get(bureau, checks.articleHref(bureau, s, item));
        if (status !== 200 || !html.includes(`<h1>${item.title}</h1>`)) wrong.push(`${bureau.id} ${s.category}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('pages a long list: the pager’s page 2 shows the next items', async () => {
    let checked = 0;
    for (const bureau of sites.network.bureaus) {
      const perPage = listPageSize(bureau);
      const s = columns(bureau).find((x) => visibleItems(x, TODAY, 1000).length > perPage);
      if (!s) continue;
      const path = sectionPath(bureau, s, TODAY);
      const two = checks.secondPage(bureau, (await get(bureau, path)).html, path);
      expect(two, `${bureau.id} ${s.category}`).toBeDefined();
      const second = await get(bureau, two as string);
      expect(second.status).toBe(200);
      const linked = links(bureau, second.html, two as string);
      for (const item of shown(s, perPage, 1)) expect(linked).toContain(checks.articleHref(bureau, s, item));
      expect(linked).not.toContain(checks.articleHref(bureau, s, visibleItems(s, TODAY, 1)[0] as SimItem));
      checked++;
    }
    expect(checked).toBeGreaterThan(checks.pagedAtLeast);
  });

  it('moves its columns with a redesign: the new address serves the list, the old one no longer does', async () => {
    const redesigned = sites.network.bureaus.filter((b) => b.redesign);
    const later = addDays(TODAY, 400);
    sites.sim.setToday(later);
    try {
      for (const bureau of redesigned) {
        const s = columns(bureau)[0] as SimSection;
        const now = await get(bureau, sectionPath(bureau, s, later));
        expect(now.status).toBe(200);
        expect(now.html).toContain(visibleItems(s, later, 1)[0]?.title);
        const old = await get(bureau, s.path);
        expect([302, 404]).toContain(old.status);
      }
    } finally {
      sites.sim.setToday(TODAY);
    }
  });
}
