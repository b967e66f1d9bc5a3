import { fnv1a } from '../domain/hash.js';
import type { NumberedGroup } from './numbered-catalogue.js';

/**
 * The channel tree of the nineteenth navigation template (page-jeecms.ts) as data: a city or county
 * bureau's site on JEECMS, the Java CMS many county governments ran from 2012 to 2020. Its channels are
 * rows of `jc_channel`, numbered in the order the bureau's webmaster created them, a parent channel before
 * its children; each has an access path (访问路径) in pinyin initials. A webmaster built one of two trees:
 * a 业务工作 channel holding the land and mining columns, or 土地管理 and 矿产管理 channels beside 政务公开,
 * 通知公告 a top-level channel of its own. Some channels are single pages (单页: 局情简介, 联系我们).
 * Pure, and free of the model.
 */

export interface JeecmsEntry {
  /** A watched category, or (with `title`) a channel nobody watches. */
  category?: string;
  title?: string;
  /** The channel's access path, pinyin initials: unique in its tree, so flat addresses work too. */
  slug: string;
  /** A single page (单页) rather than a list. */
  single?: boolean;
}

export interface JeecmsGroup extends NumberedGroup {
  entries: JeecmsEntry[];
  slug: string;
  /** A top-level channel with no children: the menu links the channel itself. */
  leaf?: boolean;
}

const col = (category: string, slug: string): JeecmsEntry => ({ category, slug });
const other = (title: string, slug: string): JeecmsEntry => ({ title, slug });
const single = (title: string, slug: string): JeecmsEntry => ({ title, slug, single: true });

/** A tree with a 业务工作 channel of the land and mining columns. */
const BUSINESS: JeecmsGroup[] = [
  {
    name: '机构概况',
    slug: 'jggk',
    entries: [
      single('局情简介', 'jqjj'),
      other('领导之窗', 'ldzc'),
      single('内设机构', 'nsjg'),
      single('联系我们', 'lxwm'),
    ],
  },
  {
    name: '新闻中心',
    slug: 'xwzx',
    entries: [
      col('work_news', 'gzdt'),
      col('notices', 'tzgg'),
      other('图片新闻', 'tpxw'),
      other('国土所动态', 'gtsdt'),
    ],
  },
  {
    name: '政务公开',
    slug: 'zwgk',
    entries: [
      col('laws_policies', 'zcfg'),
      other('政策解读', 'zcjd'),
      other('人事信息', 'rsxx'),
      other('财政预决算', 'czyjs'),
      col('disclosure_basics', 'ndbg'),
      other('建议提案办理', 'jyta'),
    ],
  },
  {
    name: '业务工作',
    slug: 'ywgz',
    entries: [
      col('land_auction', 'tdcr'),
      col('land_transfer_result', 'crjg'),
      col('supply_plan', 'gdjh'),
      col('expro_notice', 'zdgg'),
      col('compensation_plan', 'bcbz'),
      col('plans', 'ghxx'),
      col('mining_rights', 'kyqsp'),
      col('land_change_survey', 'tddc'),
      col('real_estate_reg', 'bdcdj'),
      other('耕地保护', 'gdbh'),
      other('执法监察', 'zfjc'),
    ],
  },
  {
    name: '公众参与',
    slug: 'gzcy',
    entries: [
      col('director_mailbox', 'jzxx'),
      other('在线咨询', 'zxzx'),
      other('网上调查', 'wsdc'),
      other('意见征集', 'yjzj'),
    ],
  },
  {
    name: '办事服务',
    slug: 'bsfw',
    entries: [col('service_guide', 'bszn'), other('表格下载', 'bgxz'), other('办件公示', 'bjgs')],
  },
];

/** A tree with 土地管理 and 矿产管理 channels, 通知公告 on the menu by itself. */
const RESOURCES: JeecmsGroup[] = [
  {
    name: '机构设置',
    slug: 'jgsz',
    entries: [single('单位概况', 'dwgk'), other('领导分工', 'ldfg'), other('科室职能', 'kszn')],
  },
  {
    name: '新闻动态',
    slug: 'xwdt',
    entries: [col('work_news', 'jndt'), other('图片新闻', 'tpxw'), other('基层国土', 'jcgt')],
  },
  { name: '通知公告', slug: 'tzgg', leaf: true, entries: [col('notices', 'tzgg')] },
  {
    name: '政务公开',
    slug: 'zwgk',
    entries: [
      col('laws_policies', 'flfg'),
      col('plans', 'ghgk'),
      other('人事任免', 'rsrm'),
      other('财务公开', 'cwgk'),
      col('disclosure_basics', 'gknb'),
    ],
  },
  {
    name: '土地管理',
    slug: 'tdgl',
    entries: [
      col('land_auction', 'crgg'),
      col('land_transfer_result', 'cjgs'),
      col('supply_plan', 'gyjh'),
      col('expro_notice', 'zsgg'),
      col('compensation_plan', 'bcaz'),
      col('land_change_survey', 'bgdc'),
      col('real_estate_reg', 'bdc'),
      other('耕地保护', 'gdbh'),
    ],
  },
  {
    name: '矿产管理',
    slug: 'kcgl',
    entries: [col('mining_rights', 'kyq'), other('地质灾害防治', 'dzzh'), other('矿山地质环境', 'ksdz')],
  },
  {
    name: '公众参与',
    slug: 'gzcy',
    entries: [
      col('director_mailbox', 'jzxx'),
      col('service_guide', 'bszn'),
      other('在线咨询', 'zxzx'),
      other('网上调查', 'wsdc'),
    ],
  },
];

export const JEECMS_TREES: JeecmsGroup[][] = [BUSINESS, RESOURCES];

/**
 * A stable choice among `n` for a site and one of its traits. FNV-1a's low bits follow the low bits of the
 * key's characters, so two traits read modulo 2 or 4 would agree on every site: this reads high bits.
 */
export const jeecmsPick = (bureauId: string, what: string, n: number) => (fnv1a(`${what}19:${bureauId}`) >>> 16) % n;

/** The tree a site's webmaster built. */
export const jeecmsTree = (bureauId: string): JeecmsGroup[] =>
  JEECMS_TREES[jeecmsPick(bureauId, 'tree', JEECMS_TREES.length)] as JeecmsGroup[];

/** A channel's key: its watched category, or its own title. */
export const jeecmsKey = (e: JeecmsEntry) => e.category ?? (e.title as string);

/** A row of `jc_channel`: a parent channel (`group:政务公开`) or a column, with its access path in the tree. */
export interface ChannelRow {
  key: string;
  id: number;
  /** The access paths from the top: `['zwgk', 'tzgg']`. */
  slugs: string[];
}

/** The rows as the webmaster created them: from a per-site start, a parent before its children, gaps where rows were deleted. */
function channelRows(bureauId: string): ChannelRow[] {
  const rows: ChannelRow[] = [];
  let next = 60 + jeecmsPick(bureauId, 'start', 90);
  const add = (key: string, slugs: string[]) => {
    if (jeecmsPick(bureauId, `gap:${key}`, 6) === 0) next += 1 + jeecmsPick(bureauId, `gapn:${key}`, 4);
    rows.push({ key, id: next++, slugs });
  };
  for (const g of jeecmsTree(bureauId)) {
    if (g.leaf) {
      for (const e of g.entries) add(jeecmsKey(e), [e.slug]);
      continue;
    }
    add(`group:${g.name}`, [g.slug]);
    for (const e of g.entries) add(jeecmsKey(e), [g.slug, e.slug]);
  }
  return rows;
}

const rowsCache = new Map<string, ChannelRow[]>();
const rowsOf = (bureauId: string) => {
  let rows = rowsCache.get(bureauId);
  if (!rows) {
    rows = channelRows(bureauId);
    rowsCache.set(bureauId, rows);
  }
  return rows;
};

/** The channel id of a watched category, a channel's title or a parent (`group:政务公开`); -1 if the tree has none. */
export function jeecmsChannelId(bureauId: string, key: string): number {
  return rowsOf(bureauId).find((r) => r.key === key)?.id ?? -1;
}

/** A channel's access paths from the top, by id. */
export const jeecmsSlugs = (bureauId: string, id: number): string[] | undefined =>
  rowsOf(bureauId).find((r) => r.id === id)?.slugs;

/** Every channel of the site's tree, with its id and access paths. */
export const jeecmsChannels = (bureauId: string): readonly ChannelRow[] => rowsOf(bureauId);

/** The parent channel a watched category or a channel's title sits in. */
export function jeecmsGroupOf(bureauId: string, key: string | undefined): JeecmsGroup | undefined {
  return jeecmsTree(bureauId).find((g) => g.entries.some((e) => jeecmsKey(e) === key));
}
