import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { jeecmsDialect } from '../../src/sim/jeecms-addresses.js';
import { jeecmsTree } from '../../src/sim/jeecms-catalogue.js';
import { type SimBureau, sectionPath } from '../../src/sim/network.js';
import { numberedArticleHref } from '../../src/sim/numbered-site.js';
import { jeecmsGroupHref, jeecmsSite } from '../../src/sim/page-jeecms.js';
import { checkListPages, getPage, hrefs, serveTemplateSites, TODAY } from '../harness/sim-template-pages.js';

/**
 * The nineteenth template's pages over real HTTP: every watched channel's list page carries the items the
 * generator published (a page's worth, each linked to an article page that shows it), its pager (links, or
 * `sysPage` buttons whose script builds the address) leads to the next page's items, a parent channel's
 * page has a box per child linking the child, the 网站地图 links every column, and a redesign moves the
 * columns. The oracle is the generator's items, tree and redesign, not landwatch's extraction.
 */

const sites = serveTemplateSites('jeecms');
const get = (bureau: SimBureau, path: string) => getPage(sites.sim, bureau, path);

/**
 * Columns whose list is the page's own markup (not an endpoint's or a script's, nor a Hanweb `<datastore>`
 * island whose records only its script shows).
 */
const pageColumns = (bureau: SimBureau) =>
  bureau.family === 'hanweb-island' ? [] : bureau.sections.filter((s) => s.source.kind === 'page');

describe('the jeecms template', () => {
  it('has sites of every address rule and both column trees, some GBK, some redesigned', () => {
    const all = sites.network.bureaus;
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(new Set(all.map((b) => jeecmsDialect(b.id).name)).size).toBe(3);
    expect(new Set(all.map((b) => jeecmsTree(b.id)[1]?.name)).size).toBe(2);
    expect(all.some((b) => b.gbk)).toBe(true);
    expect(all.some((b) => b.redesign)).toBe(true);
  });

  checkListPages(sites, {
    columns: pageColumns,
    articleHref: (bureau, s, item) => numberedArticleHref(jeecmsSite(bureau), bureau, s, item, TODAY),
    secondPage: (_bureau, html) => {
      // The link to page 2, or where the sysPage bar's `_gotoPage(2)` goes.
      const script = html.match(/var _urlPrefix='([^']+)',_urlSuffix='([^']+)'/);
      if (script) return `${script[1]}_2${script[2]}`;
      const $ = cheerio.load(html);
      return $('.pages a')
        .filter((_, el) => $(el).text() === '2')
        .attr('href');
    },
    pagedAtLeast: 3,
  });

  it('opens a parent channel’s page with a box per child channel, its 更多 to the child', async () => {
    const wrong: string[] = [];
    for (const bureau of sites.network.bureaus) {
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
    for (const bureau of sites.network.bureaus) {
      const { status, html } = await get(bureau, '/sitemap.jhtml');
      const linked = hrefs(html);
      for (const s of bureau.sections)
        if (status !== 200 || !linked.includes(sectionPath(bureau, s, TODAY))) wrong.push(`${bureau.id} ${s.category}`);
    }
    expect(wrong).toEqual([]);
  });
});
