import { fnv1a } from '../domain/hash.js';
import { type ColumnDialect, entryKey, type NumberedGroup, other, queryNumber, watched } from './numbered-catalogue.js';

/**
 * The categories and addresses of the thirteenth navigation template (page-cms.ts) as data: a county
 * bureau's own site on a PHP/ASP CMS (PHPCMS, DedeCMS, an ASP 文章系统, 动易), whose columns are
 * categories numbered in the order they were created and addressed by query string
 * (`/index.php?m=content&c=index&a=lists&catid=23`, `/plus/list.php?tid=7`, `/list.asp?classid=12`).
 * Pure, and free of the model so the model can ask it where a column lives.
 */

/** A top category and its child categories in the menu's order. */
export type CmsGroup = NumberedGroup;

export const CMS_GROUPS: CmsGroup[] = [
  { name: '机构概况', entries: [other('机构职能'), other('领导简介'), other('内设机构')] },
  { name: '新闻动态', entries: [watched('work_news'), watched('notices'), other('媒体报道')] },
  {
    name: '政务公开',
    entries: [
      watched('laws_policies'),
      other('人事信息'),
      watched('expro_notice'),
      watched('compensation_plan'),
      other('财政预决算'),
      watched('disclosure_basics'),
    ],
  },
  {
    name: '土地市场',
    entries: [watched('land_auction'), watched('land_transfer_result'), watched('supply_plan'), other('土地储备')],
  },
  { name: '矿产资源', entries: [watched('mining_rights'), other('地质灾害防治'), other('矿山地质环境')] },
  { name: '规划管理', entries: [watched('plans'), other('批前公示'), watched('land_change_survey')] },
  { name: '不动产登记', entries: [watched('real_estate_reg'), watched('service_guide'), other('表格下载')] },
  { name: '互动交流', entries: [watched('director_mailbox'), other('网上调查'), other('常见问题')] },
];

/**
 * The site's category numbers, as its CMS gave them: from a per-site start, each group followed by its
 * children, with a gap here and there where an editor deleted a category.
 */
function catalogue(bureauId: string): Map<string, number> {
  const ids = new Map<string, number>();
  let next = 1 + (fnv1a(`cms-start:${bureauId}`) % 9);
  const add = (key: string) => {
    if (fnv1a(`cms-gap:${bureauId}:${key}`) % 6 === 0) next += 1 + (fnv1a(`cms-gapn:${bureauId}:${key}`) % 4);
    ids.set(key, next++);
  };
  for (const g of CMS_GROUPS) {
    add(`group:${g.name}`);
    for (const e of g.entries) add(entryKey(e));
  }
  return ids;
}

/** The category number of a watched category, a column's title, or a group (`group:新闻动态`). */
export function cmsCatId(bureauId: string, key: string): number {
  return catalogue(bureauId).get(key) ?? 0;
}

/** The group a watched category sits in. */
export function cmsGroupOf(category: string | undefined): CmsGroup | undefined {
  return CMS_GROUPS.find((g) => g.entries.some((e) => e.category === category));
}

/** How one CMS addresses its home, category lists and articles, and reads them back from a request. */
export interface CmsDialect extends ColumnDialect {
  name: string;
  /** The real home behind the splash page. */
  home: string;
}

const pageOf = (v: string | null) => Math.max(1, queryNumber(v) ?? 1);
const pageArg = (key: string, page = 1) => (page > 1 ? `&${key}=${page}` : '');

export const CMS_DIALECTS: CmsDialect[] = [
  {
    name: 'PHPCMS',
    home: '/index.php',
    list: (catid, page) => `/index.php?m=content&c=index&a=lists&catid=${catid}${pageArg('page', page)}`,
    article: (catid, aid) => `/index.php?m=content&c=index&a=show&catid=${catid}&id=${aid}`,
    read: (path, q) => {
      if (path !== '/index.php' || q.get('m') !== 'content') return null;
      const catid = queryNumber(q.get('catid'));
      const id = queryNumber(q.get('id'));
      if (q.get('a') === 'lists' && catid !== null) return { list: catid, page: pageOf(q.get('page')) };
      return q.get('a') === 'show' && id !== null ? { article: id } : null;
    },
  },
  {
    name: 'DedeCMS',
    home: '/main.html',
    list: (tid, page) => `/plus/list.php?tid=${tid}${pageArg('PageNo', page)}`,
    article: (_, aid) => `/plus/view.php?aid=${aid}`,
    read: (path, q) => {
      const tid = queryNumber(q.get('tid'));
      const aid = queryNumber(q.get('aid'));
      if (path === '/plus/list.php' && tid !== null) return { list: tid, page: pageOf(q.get('PageNo')) };
      return path === '/plus/view.php' && aid !== null ? { article: aid } : null;
    },
  },
  {
    name: 'ASP',
    home: '/index.asp',
    list: (classid, page) => `/list.asp?classid=${classid}${pageArg('page', page)}`,
    article: (_, id) => `/show.asp?id=${id}`,
    read: (path, q) => {
      const classid = queryNumber(q.get('classid'));
      const id = queryNumber(q.get('id'));
      if (path === '/list.asp' && classid !== null) return { list: classid, page: pageOf(q.get('page')) };
      return path === '/show.asp' && id !== null ? { article: id } : null;
    },
  },
  {
    name: 'PowerEasy',
    home: '/main.asp',
    list: (classid, page) => `/Article/ShowClass.asp?ClassID=${classid}${pageArg('page', page)}`,
    article: (_, id) => `/Article/ShowArticle.asp?ArticleID=${id}`,
    read: (path, q) => {
      const classid = queryNumber(q.get('ClassID'));
      const id = queryNumber(q.get('ArticleID'));
      if (path === '/Article/ShowClass.asp' && classid !== null) return { list: classid, page: pageOf(q.get('page')) };
      return path === '/Article/ShowArticle.asp' && id !== null ? { article: id } : null;
    },
  },
];

/** The CMS a site runs. */
export function cmsDialect(bureauId: string): CmsDialect {
  return CMS_DIALECTS[fnv1a(`cms13:${bureauId}`) % CMS_DIALECTS.length] as CmsDialect;
}

/** A column's address (before any redesign): its CMS's list address of the category's number. */
export function cmsColumnPath(bureauId: string, category: string): string {
  return cmsDialect(bureauId).list(cmsCatId(bureauId, category));
}
