import { fnv1a } from '../domain/hash.js';

/**
 * The channels and folders of the sixteenth navigation template (page-dede.ts) as data: a county bureau's
 * site generated as static HTML by DedeCMS (织梦). Its `dede_arctype` rows are top-level channels with
 * their sub-columns, numbered in the order an editor added them; each is a folder named by its slug, in
 * pinyin initials on some sites and English words on others, under `/a/` (Dede's default `{cmspath}/a`)
 * or at the root. Pure, and free of the model so the model can ask it where a column lives.
 */

export interface DedeColumn {
  /** A watched category, or (with `title`) a column nobody watches. */
  category?: string;
  title?: string;
  /** The folder's name: pinyin initials, English. */
  slug: [string, string];
}

export interface DedeChannel {
  /** The main menu's name, not a column's title. */
  name: string;
  slug: [string, string];
  columns: DedeColumn[];
}

const watched = (category: string, pinyin: string, english: string): DedeColumn => ({
  category,
  slug: [pinyin, english],
});
const other = (title: string, pinyin: string, english: string): DedeColumn => ({ title, slug: [pinyin, english] });

export const DEDE_CHANNELS: DedeChannel[] = [
  {
    name: '机构概况',
    slug: ['jggk', 'about'],
    columns: [
      other('领导信息', 'ldxx', 'leader'),
      other('内设机构', 'nsjg', 'dept'),
      other('机构职能', 'jgzn', 'duty'),
    ],
  },
  {
    name: '新闻中心',
    slug: ['xwzx', 'news'],
    columns: [
      watched('work_news', 'gzdt', 'work'),
      watched('notices', 'tzgg', 'notice'),
      other('图片新闻', 'tpxw', 'photo'),
      other('基层动态', 'jcdt', 'town'),
    ],
  },
  {
    name: '政务公开',
    slug: ['zwgk', 'gov'],
    columns: [
      watched('laws_policies', 'zcfg', 'policy'),
      other('人事信息', 'rsxx', 'personnel'),
      watched('expro_notice', 'zdxx', 'zhengdi'),
      watched('compensation_plan', 'bcaz', 'anzhi'),
      watched('disclosure_basics', 'ndbg', 'report'),
    ],
  },
  {
    name: '国土资源',
    slug: ['gtzy', 'land'],
    columns: [
      watched('land_auction', 'crgg', 'sale'),
      watched('land_transfer_result', 'cjgs', 'deal'),
      watched('supply_plan', 'gdjh', 'supply'),
      other('耕地保护', 'gdbh', 'farmland'),
      watched('mining_rights', 'kyq', 'mining'),
      watched('land_change_survey', 'bgdc', 'survey'),
    ],
  },
  {
    name: '规划建设',
    slug: ['ghjs', 'plan'],
    columns: [
      watched('plans', 'ghgs', 'planning'),
      other('批前公示', 'pqgs', 'pre'),
      other('批后公布', 'phgb', 'post'),
    ],
  },
  {
    name: '便民服务',
    slug: ['bmfw', 'service'],
    columns: [
      watched('service_guide', 'bszn', 'guide'),
      watched('real_estate_reg', 'bdcdj', 'estate'),
      other('表格下载', 'bgxz', 'download'),
    ],
  },
  {
    name: '互动交流',
    slug: ['hdjl', 'hudong'],
    columns: [
      watched('director_mailbox', 'jzxx', 'mailbox'),
      other('在线咨询', 'zxzx', 'consult'),
      other('意见征集', 'yjzj', 'opinion'),
    ],
  },
];

/** A column's key: its watched category, or its own title. */
export const dedeKey = (c: DedeColumn) => c.category ?? (c.title as string);

export function dedeChannelOf(category: string | undefined): DedeChannel | undefined {
  return DEDE_CHANNELS.find((ch) => ch.columns.some((c) => c.category === category));
}

/** Where the site's folders start: Dede's default `/a/`, or the root on sites that cleared `{cmspath}`. */
export const dedeRoot = (bureauId: string) => (fnv1a(`dede-root16:${bureauId}`) % 3 === 0 ? '/' : '/a/');
const slugOf = (bureauId: string, slug: [string, string]) => slug[fnv1a(`dede-slug16:${bureauId}`) % 4 === 0 ? 1 : 0];

/** A channel's folder (before any redesign): `/a/zwgk/`. */
export const dedeChannelPath = (bureauId: string, channel: DedeChannel) =>
  `${dedeRoot(bureauId)}${slugOf(bureauId, channel.slug)}/`;

/** A column's folder (before any redesign) under its channel's: `/a/xwzx/gzdt/`. */
export function dedeFolder(bureauId: string, channel: DedeChannel, column: DedeColumn): string {
  return `${dedeChannelPath(bureauId, channel)}${slugOf(bureauId, column.slug)}/`;
}

/** A watched column's folder (before any redesign). */
export function dedeColumnPath(bureauId: string, category: string): string {
  const channel = dedeChannelOf(category);
  const column = channel?.columns.find((c) => c.category === category);
  return channel && column ? dedeFolder(bureauId, channel, column) : `${dedeRoot(bureauId)}${category}/`;
}

/**
 * The site's `typeid`s, as `dede_arctype` gave them: from a per-site start, a channel before its columns,
 * rows an editor deleted leaving gaps. List pages are named by them (`list_12_2.html`).
 */
export function dedeTypeId(bureauId: string, key: string): number {
  let next = 1 + (fnv1a(`dede-seed16:${bureauId}`) % 6);
  for (const ch of DEDE_CHANNELS) {
    for (const k of [`channel:${ch.name}`, ...ch.columns.map(dedeKey)]) {
      next += fnv1a(`dede-gap16:${bureauId}:${k}`) % 6 === 0 ? 2 + (fnv1a(`dede-gapn16:${bureauId}:${k}`) % 4) : 1;
      if (k === key) return next;
    }
  }
  return 0;
}
