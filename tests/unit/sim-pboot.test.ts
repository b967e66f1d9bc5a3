import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { numberedArticleHref } from '../../src/sim/numbered-site.js';
import { pbootSite } from '../../src/sim/page-pboot.js';
import { pbootDialect } from '../../src/sim/pboot-addresses.js';
import { pbootTree } from '../../src/sim/pboot-catalogue.js';
import { checkListPages, serveTemplateSites, TODAY } from '../harness/sim-template-pages.js';

/**
 * The seventeenth template's pages over real HTTP: every watched column's list page carries the items the
 * generator published (newest first, a page's worth, each linked to an article page that shows it), its
 * pager leads to the next page's items, and a redesign moves the columns. The oracle is the generator's
 * items and redesign, not landwatch's extraction.
 */

const sites = serveTemplateSites('pboot');

describe('the pboot template', () => {
  it('has sites of every address rule and both column trees, some GBK, some redesigned', () => {
    const all = sites.network.bureaus;
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(new Set(all.map((b) => pbootDialect(b.id).name)).size).toBe(4);
    expect(new Set(all.map((b) => pbootTree(b.id)[1]?.name)).size).toBe(2);
    expect(all.some((b) => b.gbk)).toBe(true);
    expect(all.some((b) => b.redesign)).toBe(true);
  });

  checkListPages(sites, {
    articleHref: (bureau, s, item) => numberedArticleHref(pbootSite(bureau), bureau, s, item, TODAY),
    secondPage: (_bureau, html) => {
      const $ = cheerio.load(html);
      return $('.pagebar a, .pagination a')
        .filter((_, el) => $(el).text() === '2')
        .attr('href');
    },
    pagedAtLeast: 3,
  });
});
