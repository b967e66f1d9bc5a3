import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { epointDialect, epointSubMerged, infoGuid, infoNumber } from '../../src/sim/epoint-addresses.js';
import { type EpointGroup, epointTree } from '../../src/sim/epoint-catalogue.js';
import { type SimBureau, type SimSection, sectionPath, visibleItems } from '../../src/sim/network.js';
import {
  epointArticleHref,
  epointEntries,
  epointGroupHref,
  epointHasSitemap,
  epointSite,
} from '../../src/sim/page-epoint.js';
import { checkListPages, getPage, hrefs, serveTemplateSites, TODAY } from '../harness/sim-template-pages.js';

/**
 * The twentieth template's pages over real HTTP: every watched column's list page carries the items the
 * generator published (a page's worth, each linked to an article page that shows it), its pager (links,
 * image buttons, or page numbers whose script loads the next static page) leads to the next page's items,
 * a channel's `secondPage.html` has a box per category linking it, a sub-channel's page has a box per
 * column or lists the newest items of all its columns, the 网站地图 links every column, and a redesign
 * moves the columns. The oracle is the generator's items, tree and redesign, not landwatch's extraction.
 */

const sites = serveTemplateSites('epoint');
const get = (bureau: SimBureau, path: string) => getPage(sites.sim, bureau, path);

/** Columns whose list is the page's own markup (not an endpoint's or a script's). */
const pageColumns = (bureau: SimBureau) => bureau.sections.filter((s) => s.source.kind === 'page');

/** Every address a page writes, a Hanweb `<datastore>` island's records too (cheerio leaves them as text). */
const written = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1] as string);

/** The groups of a site's tree: its channels, then its sub-channels. */
const groupsOf = (bureau: SimBureau) => epointSite(bureau).groups as EpointGroup[];

describe('the epoint template', () => {
  it('has sites of every address rule, both trees and both kinds of sub-channel page, some GBK, some redesigned', () => {
    const all = sites.network.bureaus;
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(new Set(all.map((b) => epointDialect(b.id).name)).size).toBe(3);
    expect(new Set(all.map((b) => epointTree(b.id)[1]?.name)).size).toBe(2);
    expect(new Set(all.map((b) => epointSubMerged(b.id))).size).toBe(2);
    expect(all.some((b) => b.gbk)).toBe(true);
    expect(all.some((b) => b.redesign)).toBe(true);
  });

  it('reads an info’s GUID back to its number, and no other GUID', () => {
    for (const no of [1, 20_010_007, 4_001_002_0123, 999_999_999_9999]) {
      expect(infoGuid(no)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(infoNumber(infoGuid(no))).toBe(no);
    }
    expect(infoGuid(40010020124)).not.toBe(infoGuid(40010020123));
    expect(infoNumber('0f0e1d2c-3b4a-4596-8877-665544332211')).toBeNull();
  });

  checkListPages(sites, {
    columns: pageColumns,
    links: (_bureau, html) => written(html),
    articleHref: (bureau, s, item) => epointArticleHref(bureau, s, item, TODAY),
    secondPage: (_bureau, html, at) => {
      const $ = cheerio.load(html);
      // The 下页 link, the ASP.NET pager's next button, or where `ShowAjaxNewPage(…, 2)` loads page 2 from.
      const next = $('a')
        .filter((_, el) => $(el).text() === '下页' || $(el).find('img[src$="nextn.gif"]').length > 0)
        .attr('href');
      if (next) return next;
      return html.includes("'categorypagingcontent',2)") ? `${at.replace(/[^/]*$/, '')}2.html` : undefined;
    },
    pagedAtLeast: 3,
  });

  it('opens a channel’s page with a box per category, its 更多 to the category', async () => {
    const wrong: string[] = [];
    for (const bureau of sites.network.bureaus) {
      for (const channel of epointTree(bureau.id).filter((g) => !g.leaf)) {
        const { status, html } = await get(bureau, epointGroupHref(bureau, channel, TODAY));
        const $ = cheerio.load(html);
        const more = $('.ewb-second-bd .ewb-block-more')
          .map((_, el) => $(el).attr('href') as string)
          .get();
        for (const e of epointEntries(bureau, channel, TODAY).filter((x) => !x.entry.single && !x.entry.external))
          if (status !== 200 || !more.includes(e.href)) wrong.push(`${bureau.id} ${channel.name} ${e.title}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('opens a sub-channel’s page with a box per column, or the newest items of all its columns', async () => {
    const wrong: string[] = [];
    for (const bureau of sites.network.bureaus) {
      for (const group of groupsOf(bureau).filter((g) => g.parent !== undefined)) {
        const { status, html } = await get(bureau, epointGroupHref(bureau, group, TODAY));
        const $ = cheerio.load(html);
        const entries = epointEntries(bureau, group, TODAY);
        const columns = entries.filter((e) => e.section);
        if (status !== 200) wrong.push(`${bureau.id} ${group.name} ${status}`);
        if (!epointSubMerged(bureau.id)) {
          const more = $('.ewb-block-more')
            .map((_, el) => $(el).attr('href') as string)
            .get();
          for (const e of entries) if (!more.includes(e.href)) wrong.push(`${bureau.id} ${group.name} ${e.title}`);
          continue;
        }
        const linked = hrefs(html);
        for (const e of entries) if (!linked.includes(e.href)) wrong.push(`${bureau.id} ${group.name} bar ${e.title}`);
        // Page 1 holds the newest of all: at most one decoy's twelve items come before its columns' newest.
        const newest = columns
          .flatMap((e) =>
            visibleItems(e.section as SimSection, TODAY, 1).map((i) => ({ i, s: e.section as SimSection })),
          )
          .sort((a, b) => (a.i.date < b.i.date ? 1 : -1))[0];
        if (newest && !linked.includes(epointArticleHref(bureau, newest.s, newest.i, TODAY)))
          wrong.push(`${bureau.id} ${group.name} newest ${newest.i.id}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('links every watched column from its 网站地图, where the site has one', async () => {
    const wrong: string[] = [];
    let mapped = 0;
    for (const bureau of sites.network.bureaus) {
      const { status, html } = await get(bureau, '/wzdt.html');
      if (!epointHasSitemap(bureau)) {
        if (status !== 404) wrong.push(`${bureau.id} has no 网站地图 but answers ${status}`);
        continue;
      }
      mapped++;
      const linked = hrefs(html);
      for (const s of bureau.sections)
        if (status !== 200 || !linked.includes(sectionPath(bureau, s, TODAY))) wrong.push(`${bureau.id} ${s.category}`);
    }
    expect(wrong).toEqual([]);
    expect(mapped).toBeGreaterThan(2);
  });
});
