import { fnv1a } from '../domain/hash.js';
import type { NumberedGroup } from './numbered-catalogue.js';

/**
 * The column tree of the seventeenth navigation template (page-pboot.ts) as data: a county bureau's
 * responsive site on a PHP CMS of the PbootCMS / EyouCMS kind, bought from a local web firm. Its columns
 * are rows of the CMS's sort table, numbered (`scode`, `typeid`) in the order the firm created them, a
 * parent before its children; each has a folder name in pinyin initials for the sites that address
 * columns by folder. A firm builds one of two trees: a 业务工作 group holding the land and mining columns,
 * or a 政务公开 group holding the land columns beside a 自然资源 group. Some columns are single pages
 * (单页: 单位简介, 联系我们), one is a hidden 网站地图 page. Pure, and free of the model.
 */

export interface PbootEntry {
  /** A watched category, or (with `title`) a column nobody watches. */
  category?: string;
  title?: string;
  /** The folder's name, pinyin initials. */
  slug: string;
  /** A single page (单页) rather than a list. */
  single?: boolean;
}

export interface PbootGroup extends NumberedGroup {
  entries: PbootEntry[];
  /** The English line the template shows under the group's name. */
  english: string;
  slug: string;
  /** A top-level column with no children: the menu links the column itself. */
  leaf?: boolean;
}

const col = (category: string, slug: string): PbootEntry => ({ category, slug });
const other = (title: string, slug: string): PbootEntry => ({ title, slug });
const single = (title: string, slug: string): PbootEntry => ({ title, slug, single: true });

const ABOUT: PbootGroup = {
  name: '机构概况',
  english: 'ABOUT US',
  slug: 'jggk',
  entries: [
    single('单位简介', 'dwjj'),
    other('领导信息', 'ldxx'),
    single('内设机构', 'nsjg'),
    single('联系我们', 'lxwm'),
  ],
};
const INTERACT = (extra: PbootEntry[]): PbootGroup => ({
  name: '互动交流',
  english: 'INTERACTION',
  slug: 'hdjl',
  entries: [col('director_mailbox', 'zxly'), ...extra, other('在线访谈', 'zxft'), other('征集调查', 'zjdc')],
});

/** A firm's tree with a 业务工作 group of the land and mining columns. */
const BUSINESS: PbootGroup[] = [
  ABOUT,
  {
    name: '新闻动态',
    english: 'NEWS',
    slug: 'xwdt',
    entries: [col('work_news', 'gzdt'), col('notices', 'tzgg'), other('图片新闻', 'tpxw'), other('乡镇动态', 'xzdt')],
  },
  {
    name: '政务公开',
    english: 'GOVERNMENT AFFAIRS',
    slug: 'zwgk',
    entries: [
      col('laws_policies', 'zcfg'),
      other('政策解读', 'zcjd'),
      other('人事信息', 'rsxx'),
      col('disclosure_basics', 'ndbg'),
      other('财政资金', 'czzj'),
    ],
  },
  {
    name: '业务工作',
    english: 'BUSINESS',
    slug: 'ywgz',
    entries: [
      col('land_auction', 'tdzp'),
      col('land_transfer_result', 'cjgs'),
      col('supply_plan', 'gdjh'),
      col('expro_notice', 'zdgg'),
      col('compensation_plan', 'bcaz'),
      col('mining_rights', 'kyq'),
      col('plans', 'ghgs'),
      col('land_change_survey', 'bgdc'),
      other('耕地保护', 'gdbh'),
      other('地质灾害防治', 'dzzh'),
    ],
  },
  {
    name: '办事服务',
    english: 'SERVICE',
    slug: 'bsfw',
    entries: [col('service_guide', 'bszn'), col('real_estate_reg', 'bdcdj'), other('表格下载', 'bgxz')],
  },
  INTERACT([]),
];

/** A firm's tree with the land columns under 政务公开, a 自然资源 group and 通知公告 a column of the menu. */
const RESOURCES: PbootGroup[] = [
  ABOUT,
  {
    name: '新闻中心',
    english: 'NEWS CENTER',
    slug: 'xwzx',
    entries: [col('work_news', 'gzdt'), other('图片新闻', 'tpxw'), other('乡镇动态', 'xzdt')],
  },
  { name: '通知公告', english: 'NOTICE', slug: 'tzgg', leaf: true, entries: [col('notices', 'tzgg')] },
  {
    name: '政务公开',
    english: 'PUBLIC INFORMATION',
    slug: 'zwgk',
    entries: [
      col('laws_policies', 'zcwj'),
      other('政策解读', 'zcjd'),
      col('land_auction', 'tdzp'),
      col('land_transfer_result', 'crjg'),
      col('supply_plan', 'gyjh'),
      col('expro_notice', 'tdzs'),
      col('compensation_plan', 'bcaz'),
      col('disclosure_basics', 'ndbg'),
    ],
  },
  {
    name: '自然资源',
    english: 'NATURAL RESOURCES',
    slug: 'zrzy',
    entries: [
      col('plans', 'gtkj'),
      col('mining_rights', 'kczy'),
      col('land_change_survey', 'bgdc'),
      col('real_estate_reg', 'bdcdj'),
      other('耕地保护', 'gdbh'),
      other('地质灾害防治', 'dzzh'),
    ],
  },
  INTERACT([col('service_guide', 'bszn')]),
];

export const PBOOT_TREES: PbootGroup[][] = [BUSINESS, RESOURCES];

/** The hidden single page the footer's 网站地图 opens: a row of the sort table, in no menu. */
export const SITEMAP_TITLE = '网站地图';

/**
 * A stable choice among `n` for a site and one of its traits. FNV-1a's low bits follow the low bits of the
 * key's characters, so two traits read modulo 2 or 4 would agree on every site: this reads high bits.
 */
export const pbootPick = (bureauId: string, what: string, n: number) => (fnv1a(`${what}17:${bureauId}`) >>> 16) % n;

/** The tree a site's firm built. */
export const pbootTree = (bureauId: string): PbootGroup[] =>
  PBOOT_TREES[pbootPick(bureauId, 'tree', PBOOT_TREES.length)] as PbootGroup[];

/** A column's key: its watched category, or its own title. */
export const pbootKey = (e: PbootEntry) => e.category ?? (e.title as string);

/** A row of the sort table: a group (`group:政务公开`) or a column, with its folder. */
interface SortRow {
  key: string;
  id: number;
  folder: string;
}

/**
 * The site's sort rows as the firm created them: from a per-site start, each group before its children,
 * a gap where a row was deleted; a top-level column (leaf) is one row; the 网站地图 page is created last.
 */
function sortRows(bureauId: string): SortRow[] {
  const rows: SortRow[] = [];
  let next = 1 + pbootPick(bureauId, 'start', 8);
  const add = (key: string, folder: string) => {
    if (pbootPick(bureauId, `gap:${key}`, 7) === 0) next += 1 + pbootPick(bureauId, `gapn:${key}`, 3);
    rows.push({ key, id: next++, folder });
  };
  for (const g of pbootTree(bureauId)) {
    if (g.leaf) {
      for (const e of g.entries) add(pbootKey(e), `/${e.slug}/`);
      continue;
    }
    add(`group:${g.name}`, `/${g.slug}/`);
    for (const e of g.entries) add(pbootKey(e), `/${g.slug}/${e.slug}/`);
  }
  add(SITEMAP_TITLE, '/sitemap/');
  return rows;
}

const rowsCache = new Map<string, SortRow[]>();
const rowsOf = (bureauId: string) => {
  let rows = rowsCache.get(bureauId);
  if (!rows) {
    rows = sortRows(bureauId);
    rowsCache.set(bureauId, rows);
  }
  return rows;
};

/** The sort number of a watched category, a column's title or a group (`group:政务公开`); -1 if the tree has none. */
export function pbootColumnId(bureauId: string, key: string): number {
  return rowsOf(bureauId).find((r) => r.key === key)?.id ?? -1;
}

/** The folder of a sort number (`/zwgk/tdzp/`), for sites that address columns by folder. */
export const pbootFolder = (bureauId: string, id: number): string | undefined =>
  rowsOf(bureauId).find((r) => r.id === id)?.folder;

/** The sort number whose folder is `folder`. */
export const pbootIdOfFolder = (bureauId: string, folder: string): number | undefined =>
  rowsOf(bureauId).find((r) => r.folder === folder)?.id;

/** The group a watched category or a column's title sits in. */
export function pbootGroupOf(bureauId: string, key: string | undefined): PbootGroup | undefined {
  return pbootTree(bureauId).find((g) => g.entries.some((e) => pbootKey(e) === key));
}
