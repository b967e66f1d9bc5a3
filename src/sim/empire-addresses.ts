import type { Day } from '../domain/types.js';
import { type ClassRow, empireClassId, empirePick, empireRow, empireRows } from './empire-catalogue.js';

/**
 * How a site of the twenty-first template (page-empire.ts) addresses its columns and articles, as its
 * webmaster set 帝国CMS up. Most generate static pages: a column's folder (`/gsgg/tzgg/`, its `index.html`),
 * further pages `index_2.html`, articles in a folder of their day (`/gsgg/tzgg/2026-11-20/1234.html`, the
 * CMS's default 内容页目录 `Y-m-d`) or straight in the column's folder (`/gsgg/tzgg/1234.html`). Some run
 * the lists dynamically (`/e/action/ListInfo/?classid=12`, its pager `index.php?page=1&classid=12` counting
 * from 0) and show articles at `/e/action/ShowInfo.php?classid=12&id=1234`. Pure, and free of the model so
 * the model can ask where a column lives.
 */

export type EmpireAsk = { list: number; page: number } | { article: number; day?: string };

export interface EmpireDialect {
  name: 'dated' | 'flat' | 'dynamic';
  /** A column's list (a 大栏目's page), page `page` (1-based). */
  list: (id: number, page?: number) => string;
  /** Article `no` of column `id`, published on `day`. */
  article: (id: number, no: number, day: Day) => string;
  /** What a request asks for; the site confirms an article by writing its address again. */
  read: (path: string, params: URLSearchParams) => EmpireAsk | null;
}

export const LIST_INFO = '/e/action/ListInfo/';
export const SHOW_INFO = '/e/action/ShowInfo.php';

const folder = (row: ClassRow) => `/${row.dirs.join('/')}/`;
const listable = (row: ClassRow) => !row.entry?.external;

/** The static pages of a site; articles in a day's folder when `dated`. */
function staticDialect(bureauId: string, name: 'dated' | 'flat'): EmpireDialect {
  const byFolder = (dir: string) => empireRows(bureauId).find((r) => listable(r) && folder(r) === dir);
  const at = (id: number) => {
    const row = empireRow(bureauId, id);
    return row ? folder(row) : `/${id}/`;
  };
  return {
    name,
    list: (id, page = 1) => `${at(id)}${page > 1 ? `index_${page}.html` : ''}`,
    article: (id, no, day) => `${at(id)}${name === 'dated' ? `${day}/` : ''}${no}.html`,
    read: (path) => {
      const a = path.match(/^((?:\/[a-z]+)+\/)(?:(\d{4}-\d{2}-\d{2})\/)?(\d+)\.html$/);
      if (a && byFolder(a[1] as string) && (a[2] !== undefined) === (name === 'dated'))
        return { article: Number(a[3]), day: a[2] };
      const l = path.match(/^((?:\/[a-z]+)+\/)(?:index(?:_(\d+))?\.html)?$/);
      const row = l ? byFolder(l[1] as string) : undefined;
      if (!l || !row) return null;
      const page = Number(l[2] ?? 1);
      return page === 1 && l[2] !== undefined ? null : { list: row.id, page };
    },
  };
}

/** The dynamic pages: `ListInfo` by classid (its `page` counts from 0), `ShowInfo.php` by classid and id. */
function dynamicDialect(bureauId: string): EmpireDialect {
  const known = (v: string | null) => {
    const id = v && /^\d+$/.test(v) ? Number(v) : -1;
    const row = empireRow(bureauId, id);
    return row && listable(row) ? row : undefined;
  };
  return {
    name: 'dynamic',
    list: (id, page = 1) =>
      page > 1 ? `${LIST_INFO}index.php?page=${page - 1}&classid=${id}` : `${LIST_INFO}?classid=${id}`,
    article: (id, no) => `${SHOW_INFO}?classid=${id}&id=${no}`,
    read: (path, params) => {
      if (path === SHOW_INFO) {
        const no = params.get('id');
        return known(params.get('classid')) && no && /^\d+$/.test(no) ? { article: Number(no) } : null;
      }
      if (path !== LIST_INFO && path !== `${LIST_INFO}index.php`) return null;
      const row = known(params.get('classid'));
      const page = params.get('page') ?? '0';
      return row && /^\d+$/.test(page) ? { list: row.id, page: Number(page) + 1 } : null;
    },
  };
}

/** The setup a site runs: static pages in day folders on most, flat static on some, dynamic lists on a few. */
export function empireDialect(bureauId: string): EmpireDialect {
  const k = empirePick(bureauId, 'url', 6);
  if (k < 3) return staticDialect(bureauId, 'dated');
  if (k < 5) return dynamicDialect(bureauId);
  return staticDialect(bureauId, 'flat');
}

/** A watched column's address (before any redesign). */
export function empireColumnPath(bureauId: string, category: string): string {
  return empireDialect(bureauId).list(empireClassId(bureauId, category));
}
