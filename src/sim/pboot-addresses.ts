import { type ColumnDialect, queryNumber } from './numbered-catalogue.js';
import { pbootColumnId, pbootFolder, pbootIdOfFolder, pbootPick } from './pboot-catalogue.js';

/**
 * How a site of the seventeenth template (page-pboot.ts) addresses its columns and articles, as the
 * firm set its CMS up: PbootCMS's pseudo-static rule (`/list_12/`, page `/list_12/2/`, `/article/345.html`),
 * folders named by the columns (`/zwgk/tdzp/`, `?page=2`, `/zwgk/tdzp/345.html`), PbootCMS without
 * rewrite (`/?list/12/`, `/?content/345.html`), or the framework's `s` route (`/index.php?s=/list/12`).
 * Pure, and free of the model so the model can ask it where a column lives.
 */

export interface PbootDialect extends ColumnDialect {
  name: 'rewrite' | 'folders' | 'query' | 's-route';
}

const pageOf = (q: URLSearchParams) => Math.max(1, queryNumber(q.get('page')) ?? 1);
const pageArg = (page = 1, sep = '&') => (page > 1 ? `${sep}page=${page}` : '');

const REWRITE: PbootDialect = {
  name: 'rewrite',
  list: (id, page = 1) => `/list_${id}/${page > 1 ? `${page}/` : ''}`,
  article: (_, no) => `/article/${no}.html`,
  read: (path) => {
    const list = path.match(/^\/list_(\d+)\/(?:(\d+)\/)?$/);
    if (list) return { list: Number(list[1]), page: Math.max(1, Number(list[2] ?? 1)) };
    const article = path.match(/^\/article\/(\d+)\.html$/);
    return article ? { article: Number(article[1]) } : null;
  },
};

/** Folders need the site's tree: a folder per sort row. */
function folders(bureauId: string): PbootDialect {
  const folderOf = (id: number) => pbootFolder(bureauId, id) ?? `/list_${id}/`;
  return {
    name: 'folders',
    list: (id, page) => `${folderOf(id)}${pageArg(page, '?')}`,
    article: (id, no) => `${folderOf(id)}${no}.html`,
    read: (path, q) => {
      const listed = pbootIdOfFolder(bureauId, path);
      if (listed !== undefined) return { list: listed, page: pageOf(q) };
      const article = path.match(/^(\/(?:[a-z]+\/)+)(\d+)\.html$/);
      return article && pbootIdOfFolder(bureauId, article[1] as string) !== undefined
        ? { article: Number(article[2]) }
        : null;
    },
  };
}

/** PbootCMS without rewrite: the route is the query's first key (`/?list/12/&page=2`). */
const QUERY: PbootDialect = {
  name: 'query',
  list: (id, page) => `/?list/${id}/${pageArg(page)}`,
  article: (_, no) => `/?content/${no}.html`,
  read: (path, q) => {
    if (path !== '/' && path !== '/index.php') return null;
    const route = [...q.keys()][0] ?? '';
    const list = route.match(/^list\/(\d+)\/$/);
    if (list) return { list: Number(list[1]), page: pageOf(q) };
    const article = route.match(/^content\/(\d+)\.html$/);
    return article ? { article: Number(article[1]) } : null;
  },
};

const S_ROUTE: PbootDialect = {
  name: 's-route',
  list: (id, page) => `/index.php?s=/list/${id}${pageArg(page)}`,
  article: (_, no) => `/index.php?s=/content/${no}`,
  read: (path, q) => {
    if (path !== '/index.php') return null;
    const s = q.get('s') ?? '';
    const list = s.match(/^\/list\/(\d+)$/);
    if (list) return { list: Number(list[1]), page: pageOf(q) };
    const article = s.match(/^\/content\/(\d+)$/);
    return article ? { article: Number(article[1]) } : null;
  },
};

/** The address rule a site runs: pseudo-static on most, folders on some, no rewrite on older installs. */
export function pbootDialect(bureauId: string): PbootDialect {
  const k = pbootPick(bureauId, 'url', 6);
  if (k < 2) return REWRITE;
  if (k < 4) return folders(bureauId);
  return k === 4 ? QUERY : S_ROUTE;
}

/** A watched column's address (before any redesign). */
export function pbootColumnPath(bureauId: string, category: string): string {
  return pbootDialect(bureauId).list(pbootColumnId(bureauId, category));
}
