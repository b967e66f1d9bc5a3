import iconv from 'iconv-lite';
import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import { type ColumnDialect, queryNumber } from './numbered-catalogue.js';
import { type ClassRow, oldsiteColumnId, oldsitePick, oldsiteRow, oldsiteRows } from './oldsite-catalogue.js';
import { OLDSITE_TITLES } from './oldsite-titles.js';
import { chooseTitle } from './template-titles.js';

/**
 * How a site of the eighteenth template (page-oldsite.ts) addresses its columns and articles: folders a
 * Dreamweaver site or an old static generator laid out (`/news/gtzx/`, `/tzgg/index.htm`, page 2
 * `index_2.htm`, articles `/html/2026/11/20261120093512345.htm` named by the time they were saved), or an
 * early ASP news system's pages: a class number (`/news/list.asp?lb=3`, `/Class.asp?id=7`) or the class
 * names themselves, GBK-escaped (`/NewsMore.asp?BigClassName=%CD%C1%B5%D8…&SmallClassName=…`), paged by
 * `&page=2`, articles `/news/show.asp?id=123`, `/Article.asp?id=77`, `/NewsShow.asp?ID=77`. Pure, and free
 * of the model so the model can ask it where a column lives.
 */

export interface OldsiteDialect extends ColumnDialect {
  name: 'static' | 'lb' | 'class' | 'bigclass';
}

/** The day an article of a column was saved (the static dialect names its file by it). */
export type SavedOn = (columnId: number, itemId: number) => Day | undefined;

const pageOf = (q: URLSearchParams) => Math.max(1, queryNumber(q.get('page')) ?? 1);
const pageArg = (page = 1) => (page > 1 ? `&page=${page}` : '');

/** `s` escaped as ASP's `Server.URLEncode` writes it on a GBK site: letters and digits kept, `%B9%FA` else. */
export function gbkEscape(s: string): string {
  return [...iconv.encode(s, 'gbk')]
    .map((b) =>
      /[A-Za-z0-9]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

const noSavedDay: SavedOn = () => undefined;

/** Folders, an `index.htm` on some sites' links, articles named by the second they were saved. */
function staticFolders(bureauId: string, savedOn: SavedOn): OldsiteDialect {
  const index = oldsitePick(bureauId, 'index', 2) === 0;
  const folderOf = (id: number) => oldsiteRow(bureauId, id)?.folder ?? `/class${id}/`;
  return {
    name: 'static',
    list: (id, page = 1) => `${folderOf(id)}${page > 1 ? `index_${page}.htm` : index ? 'index.htm' : ''}`,
    article: (id, no) => {
      const day = savedOn(id, no % 10_000);
      if (!day) throw new Error(`oldsite ${bureauId}: no saved day for article ${no} of class ${id}`);
      const h = fnv1a(`saved18:${bureauId}:${no}`);
      const time = [8 + (h % 10), (h >>> 8) % 60, (h >>> 16) % 60].map((n) => String(n).padStart(2, '0')).join('');
      return `/html/${day.slice(0, 4)}/${day.slice(5, 7)}/${day.replace(/-/g, '')}${time}${no}.htm`;
    },
    read: (path) => {
      const list = path.match(/^(\/(?:[a-z]+\/)+)(?:index(?:_(\d+))?\.htm)?$/);
      const row = list && oldsiteRows(bureauId).find((r) => r.folder === list[1]);
      if (list && row) return { list: row.id, page: Math.max(1, Number(list[2] ?? 1)) };
      const article = path.match(/^\/html\/\d{4}\/\d{2}\/\d{14}(\d+)\.htm$/);
      return article ? { article: Number(article[1]) } : null;
    },
  };
}

/** A list `.asp` keyed by the class number and a show `.asp` keyed by the article's (IIS ignores case). */
function numberedAsp(name: 'lb' | 'class', list: string, listKey: string, show: string, showKey: string) {
  return {
    name,
    list: (id: number, page = 1) => `${list}?${listKey}=${id}${pageArg(page)}`,
    article: (_: number, no: number) => `${show}?${showKey}=${no}`,
    read: (path: string, q: URLSearchParams) => {
      const at = path.toLowerCase();
      const id = queryNumber(q.get(listKey));
      const no = queryNumber(q.get(showKey));
      if (at === list.toLowerCase() && id !== null) return { list: id, page: pageOf(q) };
      return at === show.toLowerCase() && no !== null ? { article: no } : null;
    },
  } satisfies OldsiteDialect;
}

const LB = numberedAsp('lb', '/news/list.asp', 'lb', '/news/show.asp', 'id');
const CLASS = numberedAsp('class', '/Class.asp', 'id', '/Article.asp', 'id');

/** The name the class table gives a row: a big class's, a small class's (the column's title on the site). */
function className(bureauId: string, row: ClassRow): string {
  const e = row.entry;
  if (!e) return row.group.name;
  return e.category
    ? chooseTitle(bureauId, e.category, OLDSITE_TITLES[e.category] ?? [e.category])
    : (e.title as string);
}

/** Classes named in the query: `BigClassName` a group's page (or a column alone on the menu), `SmallClassName` a column. */
function classNames(bureauId: string): OldsiteDialect {
  return {
    name: 'bigclass',
    list: (id, page = 1) => {
      const row = oldsiteRow(bureauId, id);
      if (!row) throw new Error(`oldsite ${bureauId}: no class numbered ${id}`);
      const small = row.entry && !row.group.leaf ? `&SmallClassName=${gbkEscape(className(bureauId, row))}` : '';
      return `/NewsMore.asp?BigClassName=${gbkEscape(row.group.name)}${small}${pageArg(page)}`;
    },
    article: (_, no) => `/NewsShow.asp?ID=${no}`,
    read: (path, q) => {
      const at = path.toLowerCase();
      const no = queryNumber(q.get('ID'));
      if (at === '/newsshow.asp') return no === null ? null : { article: no };
      if (at !== '/newsmore.asp') return null;
      const big = q.get('BigClassName');
      const small = q.get('SmallClassName');
      const row = oldsiteRows(bureauId).find((r) => {
        if (r.group.name !== big) return false;
        if (small) return Boolean(r.entry) && className(bureauId, r) === small;
        return r.group.leaf ? Boolean(r.entry) : !r.entry;
      });
      return row ? { list: row.id, page: pageOf(q) } : null;
    },
  };
}

/** The address rule a site runs; `savedOn` is needed only to write static article addresses. */
export function oldsiteDialect(bureauId: string, savedOn: SavedOn = noSavedDay): OldsiteDialect {
  const k = oldsitePick(bureauId, 'url', 8);
  if (k < 3) return staticFolders(bureauId, savedOn);
  if (k < 5) return LB;
  return k < 7 ? classNames(bureauId) : CLASS;
}

/** The class-name addresses are GBK bytes: those sites always serve GBK. */
export const oldsiteNamesInGbk = (bureauId: string) => oldsiteDialect(bureauId).name === 'bigclass';

/** A watched column's address (before any redesign). */
export function oldsiteColumnPath(bureauId: string, category: string): string {
  return oldsiteDialect(bureauId).list(oldsiteColumnId(bureauId, category));
}
