import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { empireDialect } from '../../src/sim/empire-addresses.js';
import { empireClassId, empireRows, empireTree, FEEDBACK_PATH } from '../../src/sim/empire-catalogue.js';
import { type SimBureau, type SimSection, sectionPath, visibleItems } from '../../src/sim/network.js';
import { empireArticleHref, empireEntries, empireGroupHref, empireMergedGroups } from '../../src/sim/page-empire.js';
import { checkListPages, getPage, hrefs, serveTemplateSites, TODAY } from '../harness/sim-template-pages.js';

/**
 * The twenty-first template's pages over real HTTP: every watched column's list page carries the items the
 * generator published (a page's worth, each linked to an article page that shows it, and at no other day's
 * folder), its pager (numbers and 下一页, or a select of pages) leads to the next page's items, a 大栏目's
 * page is a cover linking each of its columns or lists the newest of all their news, the feedback form
 * answers, and a redesign moves the columns. The oracle is the generator's items, tree and redesign, not
 * landwatch's extraction.
 */

const sites = serveTemplateSites('empire');
const get = (bureau: SimBureau, path: string) => getPage(sites.sim, bureau, path);

/** Columns whose list is the page's own markup (not an endpoint's or a script's). */
const pageColumns = (bureau: SimBureau) => bureau.sections.filter((s) => s.source.kind === 'page');

/** Every address a page writes, a Hanweb `<datastore>` island's records too (cheerio leaves them as text). */
const written = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1] as string);

describe('the empire template', () => {
  it('has sites of every address setup, both trees and both kinds of 大栏目 page, some GBK, some redesigned', () => {
    const all = sites.network.bureaus;
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(new Set(all.map((b) => empireDialect(b.id).name)).size).toBe(3);
    expect(new Set(all.map((b) => empireTree(b.id)[0]?.name)).size).toBe(2);
    expect(new Set(all.map((b) => empireMergedGroups(b.id))).size).toBe(2);
    expect(all.some((b) => b.gbk)).toBe(true);
    expect(all.some((b) => b.redesign)).toBe(true);
  });

  it('numbers every column of a tree once, the top-level ones before their children', () => {
    for (const bureau of sites.network.bureaus) {
      const rows = empireRows(bureau.id);
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
      const lastTop = Math.max(...rows.filter((r) => r.dirs.length === 1).map((r) => r.id));
      expect(rows.filter((r) => r.dirs.length > 1).every((r) => r.id > lastTop)).toBe(true);
      for (const s of bureau.sections) expect(empireClassId(bureau.id, s.category)).toBeGreaterThan(0);
    }
  });

  checkListPages(sites, {
    columns: pageColumns,
    links: (_bureau, html) => written(html),
    articleHref: (bureau, s, item) => empireArticleHref(bureau, s, item, TODAY),
    secondPage: (_bureau, html) => {
      const $ = cheerio.load(html);
      // The 下一页 link, else the page select's second option.
      return (
        $('.epages a')
          .filter((_, el) => $(el).text() === '下一页')
          .attr('href') ?? $('.epages option').eq(1).attr('value')
      );
    },
    pagedAtLeast: 3,
  });

  it('serves an article only at its own day’s folder', async () => {
    const wrong: string[] = [];
    for (const bureau of sites.network.bureaus.filter((b) => empireDialect(b.id).name === 'dated')) {
      const s = pageColumns(bureau)[0] as SimSection;
      const item = visibleItems(s, TODAY, 1)[0];
      if (!item) continue;
      const href = empireArticleHref(bureau, s, item, TODAY);
      const elsewhere = href.replace(/\d{4}-\d{2}-\d{2}/, '2001-01-01');
      const { status } = await get(bureau, elsewhere);
      if (status !== 404) wrong.push(`${bureau.id} ${elsewhere} ${status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('opens a 大栏目’s page: a box per column with its 更多, or the newest news of all its columns', async () => {
    const wrong: string[] = [];
    for (const bureau of sites.network.bureaus) {
      for (const group of empireTree(bureau.id).filter((g) => !g.leaf)) {
        const { status, html } = await get(bureau, empireGroupHref(bureau, group, TODAY));
        if (status !== 200) wrong.push(`${bureau.id} ${group.name} ${status}`);
        const $ = cheerio.load(html);
        const entries = empireEntries(bureau, group, TODAY);
        const linked = hrefs(html);
        // The left column links every column of the 大栏目, 外部栏目 too.
        for (const e of entries) if (!linked.includes(e.href)) wrong.push(`${bureau.id} ${group.name} ${e.title}`);
        if (!empireMergedGroups(bureau.id)) {
          const more = $('.box_title .more a')
            .map((_, el) => $(el).attr('href') as string)
            .get();
          for (const e of entries.filter((x) => !x.entry.single && !x.entry.external))
            if (!more.includes(e.href)) wrong.push(`${bureau.id} ${group.name} more ${e.title}`);
          continue;
        }
        const newest = entries
          .flatMap((e) =>
            e.section ? visibleItems(e.section, TODAY, 1).map((i) => ({ i, s: e.section as SimSection })) : [],
          )
          .sort((a, b) => (a.i.date < b.i.date ? 1 : -1))[0];
        if (newest && !linked.includes(empireArticleHref(bureau, newest.s, newest.i, TODAY)))
          wrong.push(`${bureau.id} ${group.name} newest ${newest.i.id}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('links every watched column from the homepage or a 大栏目 page the homepage links', async () => {
    const wrong: string[] = [];
    for (const bureau of sites.network.bureaus) {
      const home = hrefs((await get(bureau, '/')).html);
      const groups = empireTree(bureau.id).map((g) => empireGroupHref(bureau, g, TODAY));
      const second = await Promise.all(groups.filter((g) => home.includes(g)).map((g) => get(bureau, g)));
      const linked = new Set([...home, ...second.flatMap((p) => hrefs(p.html))]);
      for (const s of bureau.sections)
        if (!linked.has(sectionPath(bureau, s, TODAY))) wrong.push(`${bureau.id} ${s.category}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers the CMS’s feedback form', async () => {
    const bureau = sites.network.bureaus[0] as SimBureau;
    const { status, html } = await get(bureau, `${FEEDBACK_PATH}?bid=1`);
    expect(status).toBe(200);
    expect(html).toContain('AddFeedback');
  });
});
