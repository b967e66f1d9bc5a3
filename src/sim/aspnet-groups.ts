import { fnv1a } from '../domain/hash.js';
import { type ColumnDialect, entryKey, type NumberedGroup, other, queryNumber, watched } from './numbered-catalogue.js';

/**
 * The menu groups and addresses of the fifteenth navigation template (page-aspnet.ts) as data: an older
 * city/county bureau site on ASP.NET WebForms, its columns rows of a `NewsType` table numbered by the
 * database in the order an editor added them, and addressed by query string (`/News/NewsList.aspx?TypeId=12`,
 * `/Article/List.aspx?cid=12`, `/Info/InfoList.aspx?ColumnId=12&page=1`). A group is a parent row: its list
 * address shows its children's items merged. Pure, and free of the model so the model can ask it where a
 * column lives.
 */

/** A parent row and its child columns in the menu's order. */
export type AspnetGroup = NumberedGroup;

export const ASPNET_GROUPS: AspnetGroup[] = [
  { name: '机构设置', entries: [other('领导分工'), other('科室职责'), other('下属单位')] },
  { name: '新闻中心', entries: [watched('work_news'), other('基层动态'), watched('notices')] },
  {
    name: '政务公开',
    entries: [watched('laws_policies'), other('规范性文件'), other('人事任免信息'), watched('disclosure_basics')],
  },
  {
    name: '土地管理',
    entries: [
      watched('land_auction'),
      watched('land_transfer_result'),
      watched('supply_plan'),
      watched('expro_notice'),
      watched('compensation_plan'),
      other('耕地保护'),
    ],
  },
  { name: '矿产管理', entries: [watched('mining_rights'), other('地质环境'), other('矿山安全')] },
  { name: '规划管理', entries: [watched('plans'), other('批后公布'), watched('land_change_survey')] },
  { name: '不动产登记', entries: [watched('real_estate_reg'), watched('service_guide'), other('收费标准')] },
  { name: '互动交流', entries: [watched('director_mailbox'), other('在线咨询'), other('意见征集')] },
];

/**
 * The site's column numbers, as its database gave them: identities from a per-site seed, a group's row
 * before its children, rows an editor deleted leaving gaps.
 */
function typeIds(bureauId: string): Map<string, number> {
  const ids = new Map<string, number>();
  let next = 1 + (fnv1a(`aspnet-seed:${bureauId}`) % 40);
  const add = (key: string) => {
    next += fnv1a(`aspnet-gap:${bureauId}:${key}`) % 5 === 0 ? 2 + (fnv1a(`aspnet-gapn:${bureauId}:${key}`) % 7) : 1;
    ids.set(key, next);
  };
  for (const g of ASPNET_GROUPS) {
    add(`group:${g.name}`);
    for (const e of g.entries) add(entryKey(e));
  }
  return ids;
}

/** The type number of a watched category, a column's title, or a group (`group:土地管理`). */
export function aspnetTypeId(bureauId: string, key: string): number {
  return typeIds(bureauId).get(key) ?? 0;
}

/** Every column and group key of the site, watched or not. */
export const ASPNET_KEYS = ASPNET_GROUPS.flatMap((g) => [`group:${g.name}`, ...g.entries.map(entryKey)]);

export function aspnetGroupOf(category: string | undefined): AspnetGroup | undefined {
  return ASPNET_GROUPS.find((g) => g.entries.some((e) => e.category === category));
}

export type AspnetDialect = ColumnDialect;

/** A page asked by a pager link's query, or by the `__doPostBack('pager','2')` form post. */
function pageOf(params: URLSearchParams, key: string): number {
  const posted = params.get('__EVENTTARGET') === 'pager' ? queryNumber(params.get('__EVENTARGUMENT')) : null;
  return Math.max(1, posted ?? queryNumber(params.get(key)) ?? 1);
}

/** A dialect of a list `.aspx` with its id and page keys and an article `.aspx` with its id key. */
function dialect(list: string, idKey: string, pageKey: string, view: string, viewKey: string, firstPage: boolean) {
  return {
    list: (typeId: number, page = 1) =>
      `${list}?${idKey}=${typeId}${page > 1 || firstPage ? `&${pageKey}=${page}` : ''}`,
    article: (_typeId: number, articleId: number) => `${view}?${viewKey}=${articleId}`,
    read: (path: string, q: URLSearchParams) => {
      const typeId = queryNumber(q.get(idKey));
      const id = queryNumber(q.get(viewKey));
      if (path.toLowerCase() === list.toLowerCase() && typeId !== null)
        return { list: typeId, page: pageOf(q, pageKey) };
      return path.toLowerCase() === view.toLowerCase() && id !== null ? { article: id } : null;
    },
  } satisfies AspnetDialect;
}

export const ASPNET_DIALECTS: AspnetDialect[] = [
  dialect('/News/NewsList.aspx', 'TypeId', 'page', '/News/NewsView.aspx', 'id', false),
  dialect('/Article/List.aspx', 'cid', 'p', '/Article/Show.aspx', 'id', false),
  dialect('/Info/InfoList.aspx', 'ColumnId', 'page', '/Info/InfoDetail.aspx', 'InfoId', true),
];

export function aspnetDialect(bureauId: string): AspnetDialect {
  return ASPNET_DIALECTS[fnv1a(`aspnet15:${bureauId}`) % ASPNET_DIALECTS.length] as AspnetDialect;
}

/** A column's address (before any redesign): its list address of the column's type number. */
export function aspnetColumnPath(bureauId: string, category: string): string {
  return aspnetDialect(bureauId).list(aspnetTypeId(bureauId, category));
}
