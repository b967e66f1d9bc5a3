import { isGroup, type TreeRow, vsbPick, vsbRow, vsbRows, vsbTreeId } from './vsb-catalogue.js';

/**
 * How a site of the twenty-second template (page-vsb.ts) addresses its columns and articles, as VSB
 * publishes them. Most sites publish static pages: a column at its folders' path (`/xwdt/tzgg.htm`, a
 * 大栏目 at `/xwdt.htm`), its further pages in a folder of the column's name numbered down from the last
 * (page 2 of 13 is `tzgg/12.htm`, the last `tzgg/1.htm`: VSB writes the oldest page as 1), articles at
 * `/info/<wbtreeid>/<wbnewsid>.htm`. Some run dynamically through the JSP of the column's template
 * (`/list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1012`, pages `?totalpage=13&PAGENUM=2&…`, articles
 * `/content.jsp?urltype=news.NewsContentUrl&wbtreeid=1012&wbnewsid=120034`), and some static sites leave
 * their 互动交流 columns dynamic. Pure, and free of the model so the model can ask where a column lives.
 */

export type VsbAsk = { list: number; page: number } | { article: { columnId: number; itemId: number } };

/** The JSPs of a dynamic site's list and content templates, named by its designer. */
const TEMPLATES = [
  { list: 'list.jsp', content: 'content.jsp' },
  { list: 'lby.jsp', content: 'nry.jsp' },
  { list: 'erji.jsp', content: 'neirong.jsp' },
] as const;

/** The setup a site runs: static pages on two in three, their 互动交流 dynamic on half of those. */
export const vsbDialect = (bureauId: string): 'static' | 'mixed' | 'dynamic' => {
  if (vsbPick(bureauId, 'url', 3) === 0) return 'dynamic';
  return vsbPick(bureauId, 'mixed', 2) === 0 ? 'mixed' : 'static';
};

/** The JSPs a column's pages run through; null for a statically published column. */
function jspOf(bureauId: string, row: TreeRow): (typeof TEMPLATES)[number] | null {
  const dialect = vsbDialect(bureauId);
  if (dialect === 'dynamic') return TEMPLATES[vsbPick(bureauId, 'jsp', TEMPLATES.length)] ?? null;
  const interactive = row.ancestors[0]?.interactive || (isGroup(row.node) && row.node.interactive);
  return dialect === 'mixed' && interactive ? TEMPLATES[0] : null;
}

/** A site's `wbnewsid`s run per column: the column's number, then the item's own. */
export const newsId = (columnId: number, itemId: number) => (columnId - 1000) * 10_000 + (itemId % 10_000);

const listable = (row: TreeRow | undefined): row is TreeRow => !!row && (isGroup(row.node) || !row.node.external);

/** A list's page `page` (1-based) of `pages`: the column's (or 大栏目's) own page, then its numbered ones. */
export function vsbListPath(bureauId: string, id: number, page: number, pages: number): string {
  const row = vsbRow(bureauId, id);
  if (!row) return `/${id}.htm`;
  const jsp = jspOf(bureauId, row);
  const tree = `urltype=tree.TreeTempUrl&wbtreeid=${id}`;
  if (jsp) return page > 1 ? `/${jsp.list}?totalpage=${pages}&PAGENUM=${page}&${tree}` : `/${jsp.list}?${tree}`;
  const at = `/${row.dirs.join('/')}`;
  return page > 1 ? `${at}/${pages - page + 1}.htm` : `${at}.htm`;
}

/** Item `itemId`'s article in column `id`. */
export function vsbArticlePath(bureauId: string, id: number, itemId: number): string {
  const row = vsbRow(bureauId, id);
  const jsp = row ? jspOf(bureauId, row) : null;
  const no = newsId(id, itemId);
  return jsp ? `/${jsp.content}?urltype=news.NewsContentUrl&wbtreeid=${id}&wbnewsid=${no}` : `/info/${id}/${no}.htm`;
}

const number = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : null);

/** An article of column `id`, if `no` is one of its `wbnewsid`s. */
function articleOf(id: number, no: number | null): VsbAsk | null {
  const itemId = no === null ? -1 : no - (id - 1000) * 10_000;
  return itemId >= 0 && itemId < 10_000 ? { article: { columnId: id, itemId } } : null;
}

/**
 * What a request asks for, `pagesOf(id)` the pages a list has today (a numbered page beyond them is none);
 * a column answers only at the addresses its publishing writes.
 */
export function vsbRead(
  bureauId: string,
  path: string,
  params: URLSearchParams,
  pagesOf: (id: number) => number,
): VsbAsk | null {
  const jspRow = (id: number | null) => {
    const row = id === null ? undefined : vsbRow(bureauId, id);
    const jsp = listable(row) ? jspOf(bureauId, row) : null;
    return row && jsp ? { row, jsp } : null;
  };
  const asked = jspRow(number(params.get('wbtreeid')));
  if (asked && path === `/${asked.jsp.content}` && params.get('urltype') === 'news.NewsContentUrl')
    return articleOf(asked.row.id, number(params.get('wbnewsid')));
  if (asked && path === `/${asked.jsp.list}` && params.get('urltype') === 'tree.TreeTempUrl') {
    const page = params.has('PAGENUM') ? number(params.get('PAGENUM')) : 1;
    return page !== null && page >= 1 && page <= pagesOf(asked.row.id) ? { list: asked.row.id, page } : null;
  }
  const info = path.match(/^\/info\/(\d+)\/(\d+)\.htm$/);
  if (info) {
    const row = vsbRow(bureauId, Number(info[1]));
    return listable(row) && !jspOf(bureauId, row) ? articleOf(row.id, Number(info[2])) : null;
  }
  const list = path.match(/^((?:\/[a-z0-9]+)+?)(?:\/(\d+))?\.htm$/);
  const row = list ? vsbRows(bureauId).find((r) => `/${r.dirs.join('/')}` === list[1]) : undefined;
  if (!list || !listable(row) || jspOf(bureauId, row)) return null;
  if (list[2] === undefined) return { list: row.id, page: 1 };
  const n = Number(list[2]);
  const pages = pagesOf(row.id);
  return n >= 1 && n < pages ? { list: row.id, page: pages - n + 1 } : null;
}

/** A watched column's address (before any redesign). */
export function vsbColumnPath(bureauId: string, category: string): string {
  return vsbListPath(bureauId, vsbTreeId(bureauId, category), 1, 1);
}
