import { fnv1a } from '../domain/hash.js';

/**
 * The sections of the fourteenth navigation template (page-gktable.ts) as data: a city bureau's site whose
 * 政府信息公开 is a section of its own (guide links above a 法定主动公开内容 table of groups), beside the
 * main menu's 新闻资讯 and 互动交流 sections. Where each column lives: in the disclosure section under the
 * CMS's numeric channel folders (`/xxgk/c100231/`) or the 目录's folders (`/zwgk/zfxxgk/fdzdgknr/ghxx/ghjh/`),
 * in a menu section under pinyin folders (`/xwzx/gzdt/`). Pure, and free of the model so the model can ask
 * it where a column lives.
 */

export interface GkEntry {
  /** A watched category, or (absent) a column nobody watches, named by `title`. */
  category?: string;
  title?: string;
  leaf: string;
}

export interface GkGroup {
  name: string;
  dir: string;
  entries: GkEntry[];
}

const watched = (category: string, leaf: string): GkEntry => ({ category, leaf });
const other = (title: string, leaf: string): GkEntry => ({ title, leaf });

/** The links above the table: the section's guide, rules, annual reports and the way to apply. */
export const GK_GUIDE: GkGroup = {
  name: '政府信息公开',
  dir: '',
  entries: [
    other('信息公开指南', 'xxgkzn'),
    other('信息公开制度', 'xxgkzd'),
    watched('disclosure_basics', 'ndbg'),
    other('依申请公开', 'ysqgk'),
  ],
};

/** The 法定主动公开内容 table's groups, in the table's order. */
export const GK_TABLE: GkGroup[] = [
  {
    name: '机构职能',
    dir: 'jgzn',
    entries: [other('机构职责', 'jgzz'), other('领导信息', 'ldxx'), other('内设机构', 'nsjg')],
  },
  { name: '政策文件', dir: 'zcwj', entries: [watched('laws_policies', 'zcfg'), other('政策解读', 'zcjd')] },
  { name: '规划信息', dir: 'ghxx', entries: [watched('plans', 'ghjh'), watched('supply_plan', 'gyjh')] },
  {
    name: '土地管理',
    dir: 'tdgl',
    entries: [
      watched('land_auction', 'crgg'),
      watched('land_transfer_result', 'crjg'),
      watched('land_change_survey', 'bgdc'),
      other('土地储备', 'tdcb'),
    ],
  },
  {
    name: '征地信息',
    dir: 'zdxx',
    entries: [watched('expro_notice', 'zdgg'), watched('compensation_plan', 'bcaz'), other('征地批复文件', 'pfwj')],
  },
  { name: '矿产管理', dir: 'kcgl', entries: [watched('mining_rights', 'kyqcr'), other('地质灾害防治', 'dzzh')] },
  { name: '不动产登记', dir: 'bdcdj', entries: [watched('real_estate_reg', 'djgg'), other('收费标准', 'sfbz')] },
  { name: '办事服务', dir: 'bsfw', entries: [watched('service_guide', 'bszn'), other('行政许可结果', 'xkjg')] },
  { name: '财政信息', dir: 'czxx', entries: [other('部门预算', 'bmys'), other('部门决算', 'bmjs')] },
  { name: '人事信息', dir: 'rsxx', entries: [other('人事任免', 'rsrm'), other('招考录用', 'zkly')] },
];

/** The main menu's sections with landing pages of their own. */
export const GK_MENU_SECTIONS: GkGroup[] = [
  {
    name: '新闻资讯',
    dir: 'xwzx',
    entries: [
      watched('work_news', 'gzdt'),
      watched('notices', 'tzgg'),
      other('媒体关注', 'mtgz'),
      other('图片新闻', 'tpxw'),
    ],
  },
  {
    name: '互动交流',
    dir: 'hdjl',
    entries: [watched('director_mailbox', 'jzxx'), other('在线访谈', 'zxft'), other('意见征集', 'yjzj')],
  },
];

/** A per-site choice of the template among `n`, for `what`. */
export const gkVariantOf = (bureauId: string, what: string, n: number) => fnv1a(`${what}14:${bureauId}`) % n;

/** The disclosure section's folder on this site (before any redesign). */
export function gkRoot(bureauId: string): string {
  return ['/xxgk/', '/zwgk/', '/zwgk/zfxxgk/'][gkVariantOf(bureauId, 'root', 3)] as string;
}

/** A menu section's folder: sites name their news section differently. */
export function gkMenuDir(bureauId: string, group: GkGroup): string {
  if (group.dir !== 'xwzx') return ['/hdjl/', '/gzcy/'][gkVariantOf(bureauId, 'hd', 2)] as string;
  return ['/xwzx/', '/xwdt/', '/zxzx/'][gkVariantOf(bureauId, 'news', 3)] as string;
}

/** The group an entry (a watched category, or another column's title) is in, and the entry. */
export function gkEntryOf(key: string): { group: GkGroup; entry: GkEntry } | undefined {
  for (const group of [GK_GUIDE, ...GK_TABLE, ...GK_MENU_SECTIONS]) {
    const entry = group.entries.find((e) => (e.category ?? e.title) === key);
    if (entry) return { group, entry };
  }
  return undefined;
}

/** Whether the site's CMS names the disclosure section's columns by numeric channel folders. */
export const numericChannels = (bureauId: string) => gkVariantOf(bureauId, 'chan', 2) === 0;

/** Where a column (watched category, or another column's title) lives, before any redesign. */
export function gktableColumnPath(bureauId: string, key: string): string {
  const found = gkEntryOf(key);
  if (!found) return `/qt/${fnv1a(key) % 1000}/`;
  const { group, entry } = found;
  if (GK_MENU_SECTIONS.includes(group)) return `${gkMenuDir(bureauId, group)}${entry.leaf}/`;
  const root = gkRoot(bureauId);
  if (numericChannels(bureauId)) return `${root}c${100000 + (fnv1a(`c14:${bureauId}:${key}`) % 900000)}/`;
  return group === GK_GUIDE ? `${root}${entry.leaf}/` : `${root}fdzdgknr/${group.dir}/${entry.leaf}/`;
}
