import { fnv1a } from '../domain/hash.js';
import type { NumberedGroup } from './numbered-catalogue.js';

/**
 * The category tree of the twentieth navigation template (page-epoint.ts) as data: a county or city
 * bureau's site on 新点 Epoint WebBuilder, as the 自然资源和规划局 sites built after the 2019 reform run it.
 * Every category (栏目) has a category number (categorynum) three digits per level: a top channel `004`,
 * its children `004001`…, theirs `004001002`…, numbered in the order the webmaster added them, gaps
 * where categories were deleted. A top channel publishes under a pinyin folder (`/ywzl/`), its
 * descendants under their numbers (`/ywzl/004001/004001002/`). A webmaster built one of two trees: a
 * 业务专栏 channel of sub-channels (土地管理, 征地管理, 矿产管理), or a 信息公开 channel whose 法定主动公开内容
 * and 重点领域信息公开 hold the columns. Pure, and free of the model.
 */

export interface EpointEntry {
  /** A watched category, or (with `title`) a category nobody watches. */
  category?: string;
  title?: string;
  /** A 单信息 category: one text shown at its list address. */
  single?: boolean;
  /** An 外链 category: the menu links another site (the province's 政务服务网). */
  external?: string;
  /** A sub-channel: a category with categories of its own. */
  children?: EpointEntry[];
}

export interface EpointChannel extends NumberedGroup {
  name: string;
  /** The pinyin folder the channel publishes under. */
  folder: string;
  entries: EpointEntry[];
  /** A top channel that is itself a column (通知公告 on the menu). */
  leaf?: boolean;
}

/** A channel or a sub-channel, as the numbered site sees groups: a sub-channel names its channel. */
export interface EpointGroup extends NumberedGroup {
  name: string;
  entries: EpointEntry[];
  leaf?: boolean;
  folder: string;
  parent?: string;
}

const col = (category: string): EpointEntry => ({ category });
const other = (title: string): EpointEntry => ({ title });
const single = (title: string): EpointEntry => ({ title, single: true });
const sub = (title: string, children: EpointEntry[]): EpointEntry => ({ title, children });
const WSBS: EpointEntry = { title: '网上办事', external: 'http://www.zwfw.gov.test/' };

/** A tree with a 业务专栏 channel of sub-channels. */
const BUREAU: EpointChannel[] = [
  { name: '机构概况', folder: 'jggk', entries: [single('单位简介'), other('领导信息'), single('内设机构')] },
  {
    name: '新闻中心',
    folder: 'xwzx',
    entries: [col('work_news'), col('notices'), other('图片新闻'), other('乡镇动态'), other('媒体聚焦')],
  },
  {
    name: '政务公开',
    folder: 'zwgk',
    entries: [
      col('laws_policies'),
      other('政策解读'),
      col('plans'),
      other('人事信息'),
      other('财政资金'),
      col('disclosure_basics'),
      other('建议提案办理'),
    ],
  },
  {
    name: '业务专栏',
    folder: 'ywzl',
    entries: [
      sub('土地管理', [col('supply_plan'), col('land_auction'), col('land_transfer_result'), other('划拨供地公示')]),
      sub('征地管理', [col('expro_notice'), col('compensation_plan'), other('征地区片综合地价')]),
      sub('矿产管理', [col('mining_rights'), other('地质灾害防治')]),
      col('real_estate_reg'),
      col('land_change_survey'),
      other('耕地保护'),
      other('执法监察'),
    ],
  },
  { name: '互动交流', folder: 'hdjl', entries: [col('director_mailbox'), other('在线咨询'), other('征集调查')] },
  { name: '办事服务', folder: 'bsfw', entries: [col('service_guide'), other('表格下载'), WSBS] },
];

/** A tree with a 信息公开 channel, 通知公告 on the menu by itself. */
const DISCLOSURE: EpointChannel[] = [
  { name: '走进我局', folder: 'zjwj', entries: [single('单位概况'), other('领导分工'), single('机构职能')] },
  { name: '新闻动态', folder: 'xwdt', entries: [col('work_news'), other('基层动态'), other('图片新闻')] },
  { name: '通知公告', folder: 'tzgg', leaf: true, entries: [col('notices')] },
  {
    name: '信息公开',
    folder: 'xxgk',
    entries: [
      single('政府信息公开指南'),
      other('政府信息公开制度'),
      sub('法定主动公开内容', [col('laws_policies'), col('plans'), other('财政预决算'), col('disclosure_basics')]),
      sub('重点领域信息公开', [
        col('supply_plan'),
        col('land_auction'),
        col('land_transfer_result'),
        col('expro_notice'),
        col('compensation_plan'),
        col('mining_rights'),
        col('real_estate_reg'),
        col('land_change_survey'),
        other('规划批后公布'),
      ]),
      single('依申请公开'),
    ],
  },
  {
    name: '政务服务',
    folder: 'zwfw',
    entries: [col('service_guide'), other('表格下载'), other('不动产登记收费标准'), WSBS],
  },
  { name: '互动交流', folder: 'hdjl', entries: [col('director_mailbox'), other('在线咨询'), other('意见征集')] },
];

export const EPOINT_TREES: EpointChannel[][] = [BUREAU, DISCLOSURE];

/** A stable choice among `n` for a site and one of its traits, read from the hash's high bits. */
export const epointPick = (bureauId: string, what: string, n: number) => (fnv1a(`${what}20:${bureauId}`) >>> 16) % n;

/** The tree a site's webmaster built. */
export const epointTree = (bureauId: string): EpointChannel[] =>
  EPOINT_TREES[epointPick(bureauId, 'tree', EPOINT_TREES.length)] as EpointChannel[];

/** A category's key: its watched category, or its own title (a sub-channel's is its name). */
export const epointKey = (e: EpointEntry) => e.category ?? (e.title as string);

/** Every group of a tree: its channels, then its sub-channels, each naming its channel and folder. */
export function epointGroups(tree: EpointChannel[]): EpointGroup[] {
  const subs = tree.flatMap((ch) =>
    ch.entries.flatMap((e) =>
      e.children ? [{ name: e.title as string, entries: e.children, folder: ch.folder, parent: ch.name }] : [],
    ),
  );
  return [...tree, ...subs];
}

/** A category as the CMS stores it: its key (`group:业务专栏` for a group), number and channel folder. */
export interface CategoryRow {
  key: string;
  /** The category number, three digits per level: `004001002`. */
  num: string;
  folder: string;
  kind: 'column' | 'single' | 'external' | 'channel' | 'sub';
}

const pad3 = (n: number) => String(n).padStart(3, '0');

/** The categories as the webmaster added them: from a per-site first number, gaps where some were deleted. */
function categoryRows(bureauId: string): CategoryRow[] {
  const rows: CategoryRow[] = [];
  const kindOf = (e: EpointEntry): CategoryRow['kind'] =>
    e.children ? 'sub' : e.single ? 'single' : e.external ? 'external' : 'column';
  const number = (entries: EpointEntry[], parent: string, folder: string) => {
    let k = 1;
    for (const e of entries) {
      if (epointPick(bureauId, `gap:${epointKey(e)}`, 8) === 0)
        k += 1 + epointPick(bureauId, `gapn:${epointKey(e)}`, 3);
      const num = `${parent}${pad3(k++)}`;
      const key = e.children ? `group:${e.title}` : epointKey(e);
      rows.push({ key, num, folder, kind: kindOf(e) });
      if (e.children) number(e.children, num, folder);
    }
  };
  let top = 1 + epointPick(bureauId, 'top', 3);
  for (const ch of epointTree(bureauId)) {
    if (epointPick(bureauId, `gap:${ch.name}`, 7) === 0) top++;
    const num = pad3(top++);
    if (ch.leaf) for (const e of ch.entries) rows.push({ key: epointKey(e), num, folder: ch.folder, kind: 'column' });
    else {
      rows.push({ key: `group:${ch.name}`, num, folder: ch.folder, kind: 'channel' });
      number(ch.entries, num, ch.folder);
    }
  }
  return rows;
}

const rowsCache = new Map<string, CategoryRow[]>();

/** Every category of the site's tree. */
export function epointRows(bureauId: string): readonly CategoryRow[] {
  let rows = rowsCache.get(bureauId);
  if (!rows) {
    rows = categoryRows(bureauId);
    rowsCache.set(bureauId, rows);
  }
  return rows;
}

/** A category number as the numbered site counts: `004001002` is 4001002 (levels keep them apart). */
export const categoryId = (num: string) => Number(num);

/** The id of a watched category, a category's title, or a group (`group:业务专栏`, or a sub-channel's name); -1 if none. */
export function epointColumnId(bureauId: string, key: string): number {
  const row = epointRows(bureauId).find((r) => r.key === key || r.key === `group:${key}`);
  return row ? categoryId(row.num) : -1;
}

/** The category of an id. */
export const epointRow = (bureauId: string, id: number): CategoryRow | undefined =>
  epointRows(bureauId).find((r) => categoryId(r.num) === id);

/** The channel or sub-channel a watched category or a category's title sits in (the innermost). */
export function epointGroupOf(bureauId: string, key: string | undefined): EpointGroup | undefined {
  const groups = epointGroups(epointTree(bureauId));
  return [...groups].reverse().find((g) => g.entries.some((e) => epointKey(e) === key));
}
