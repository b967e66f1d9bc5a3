import { fnv1a } from '../domain/hash.js';
import type { NumberedGroup } from './numbered-catalogue.js';

/**
 * The class table of the eighteenth navigation template (page-oldsite.ts) as data: an old county 国土资源局
 * site, its columns the big classes (大类) and small classes (小类) of an early ASP news system, or the
 * folders a Dreamweaver site was laid out in. Rows are numbered in the order the builder typed them, a
 * big class before its small classes. A builder laid the site out one of two ways: a menu of business
 * groups (国土资讯, 土地市场, 征地信息, 矿产资源, …), or a few wide groups (公示公告, 政务公开) holding
 * most columns, 局长信箱 on the menu by itself. Pure, and free of the model.
 */

export interface OldsiteEntry {
  /** A watched category, or (with `title`) a column nobody watches. */
  category?: string;
  title?: string;
  /** The folder's name, pinyin initials. */
  slug: string;
  /** The folder sits at the site's root (`/tzgg/`), not in its group's. */
  root?: boolean;
}

export interface OldsiteGroup extends NumberedGroup {
  entries: OldsiteEntry[];
  slug: string;
  /** A column on the menu by itself: the menu links the column. */
  leaf?: boolean;
}

const col = (category: string, slug: string, root = false): OldsiteEntry => ({ category, slug, root });
const other = (title: string, slug: string): OldsiteEntry => ({ title, slug });

/** The layout of business groups, each a button of the menu. */
const BUSINESS: OldsiteGroup[] = [
  {
    name: '机构设置',
    slug: 'jgsz',
    entries: [other('局领导', 'jld'), other('机构职能', 'jgzn'), other('内设股室', 'nsgs')],
  },
  {
    name: '国土资讯',
    slug: 'news',
    entries: [
      col('work_news', 'gtzx'),
      col('notices', 'tzgg', true),
      other('基层国土所', 'jcgts'),
      other('图片新闻', 'tpxw'),
    ],
  },
  {
    name: '政务公开',
    slug: 'zwgk',
    entries: [
      col('laws_policies', 'zcfg'),
      other('人事任免', 'rsrm'),
      other('财务公开', 'cwgk'),
      col('disclosure_basics', 'ndbg'),
    ],
  },
  {
    name: '土地市场',
    slug: 'tdsc',
    entries: [
      col('land_auction', 'crgg'),
      col('land_transfer_result', 'cjgs'),
      col('supply_plan', 'gdjh'),
      other('土地储备', 'tdcb'),
    ],
  },
  { name: '征地信息', slug: 'zdxx', entries: [col('expro_notice', 'zdgg'), col('compensation_plan', 'bcaz')] },
  { name: '矿产资源', slug: 'kczy', entries: [col('mining_rights', 'kyq'), other('地质环境', 'dzhj')] },
  {
    name: '规划地籍',
    slug: 'ghdj',
    entries: [col('plans', 'tdgh'), col('land_change_survey', 'bgdc'), col('real_estate_reg', 'tddj')],
  },
  { name: '办事指南', slug: 'bszn', entries: [col('service_guide', 'bslc'), other('表格下载', 'bgxz')] },
  { name: '公众参与', slug: 'gzcy', entries: [col('director_mailbox', 'jzxx'), other('网上咨询', 'wszx')] },
];

/** The layout of a few wide groups, 局长信箱 a button by itself. */
const WIDE: OldsiteGroup[] = [
  {
    name: '单位概况',
    slug: 'dwgk',
    entries: [other('单位简介', 'dwjj'), other('领导班子', 'ldbz'), other('科室设置', 'kssz')],
  },
  {
    name: '国土动态',
    slug: 'gtdt',
    entries: [col('work_news', 'gzdt'), other('基层动态', 'jcdt'), other('图片新闻', 'tpxw')],
  },
  {
    name: '公示公告',
    slug: 'gsgg',
    entries: [
      col('notices', 'tzgg'),
      col('land_auction', 'crgg'),
      col('land_transfer_result', 'crjg'),
      col('expro_notice', 'zdgg'),
      col('compensation_plan', 'azfa'),
      col('mining_rights', 'kyq'),
      col('real_estate_reg', 'djgg'),
    ],
  },
  {
    name: '政务公开',
    slug: 'zwgk',
    entries: [
      col('laws_policies', 'flfg'),
      col('supply_plan', 'gyjh'),
      col('plans', 'ghxx'),
      col('land_change_survey', 'bgdc'),
      col('disclosure_basics', 'ndbg'),
      other('人事信息', 'rsxx'),
    ],
  },
  { name: '办事服务', slug: 'bsfw', entries: [col('service_guide', 'bszn'), other('表格下载', 'bgxz')] },
  { name: '局长信箱', slug: 'jzxx', leaf: true, entries: [col('director_mailbox', 'jzxx', true)] },
];

export const OLDSITE_TREES: OldsiteGroup[][] = [BUSINESS, WIDE];

/**
 * A stable choice among `n` for a site and one of its traits, read from high bits: FNV-1a's low bits
 * follow the key's characters, and a key ending in the site's id would give neighbouring ids (x104,
 * x105) the same high bits, so the id comes before the trait's name.
 */
export const oldsitePick = (bureauId: string, what: string, n: number) =>
  (fnv1a(`oldsite:${bureauId}:${what}`) >>> 16) % n;

export const oldsiteTree = (bureauId: string): OldsiteGroup[] =>
  OLDSITE_TREES[oldsitePick(bureauId, 'tree', OLDSITE_TREES.length)] as OldsiteGroup[];

/** A column's key: its watched category, or its own title. */
export const oldsiteKey = (e: OldsiteEntry) => e.category ?? (e.title as string);

/** A row of the class table: a big class (`group:土地市场`) or a column, and its folder. */
export interface ClassRow {
  key: string;
  id: number;
  folder: string;
  group: OldsiteGroup;
  entry?: OldsiteEntry;
}

/** The rows as the builder typed them: from a per-site start, a gap where a class was deleted. */
function classRows(bureauId: string): ClassRow[] {
  const rows: ClassRow[] = [];
  let next = 1 + oldsitePick(bureauId, 'start', 6);
  const add = (row: Omit<ClassRow, 'id'>) => {
    if (oldsitePick(bureauId, `gap:${row.key}`, 6) === 0) next += 1 + oldsitePick(bureauId, `gapn:${row.key}`, 4);
    rows.push({ ...row, id: next++ });
  };
  for (const group of oldsiteTree(bureauId)) {
    if (!group.leaf) add({ key: `group:${group.name}`, folder: `/${group.slug}/`, group });
    for (const entry of group.entries) {
      const folder = entry.root || group.leaf ? `/${entry.slug}/` : `/${group.slug}/${entry.slug}/`;
      add({ key: oldsiteKey(entry), folder, group, entry });
    }
  }
  return rows;
}

const rowsCache = new Map<string, ClassRow[]>();
export function oldsiteRows(bureauId: string): ClassRow[] {
  let rows = rowsCache.get(bureauId);
  if (!rows) {
    rows = classRows(bureauId);
    rowsCache.set(bureauId, rows);
  }
  return rows;
}

/** The class number of a watched category, a column's title or a big class (`group:土地市场`); -1 if none. */
export const oldsiteColumnId = (bureauId: string, key: string): number =>
  oldsiteRows(bureauId).find((r) => r.key === key)?.id ?? -1;

export const oldsiteRow = (bureauId: string, id: number): ClassRow | undefined =>
  oldsiteRows(bureauId).find((r) => r.id === id);

/** The group a watched category or a column's title sits in. */
export const oldsiteGroupOf = (bureauId: string, key: string | undefined): OldsiteGroup | undefined =>
  oldsiteRows(bureauId).find((r) => r.entry && r.key === key)?.group;
