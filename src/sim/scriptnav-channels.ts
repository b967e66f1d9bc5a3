import { fnv1a } from '../domain/hash.js';

/**
 * The channel tree of the tenth navigation template (page-scriptnav.ts) as data: a newer 政务云 site's
 * groups of channels (栏目), each a `/<site>/col/colNNNNN/` path, the way its CMS exports them to the
 * pages' scripts and to the 网站地图. Which channels each of those shows differs per site: the sitemap is
 * generated rarely and lacks the newest channels, and the menu hides some channels the sitemap lists.
 * Pure, and free of the model so the model can ask it where a column lives.
 */

export type ChannelEntry =
  /** A watched column. */
  | { category: string }
  /** A channel of the site nobody watches (`external`: on another host). */
  | { title: string; external?: string };

export interface ChannelGroup {
  name: string;
  entries: ChannelEntry[];
}

const watched = (category: string): ChannelEntry => ({ category });
const other = (title: string, external?: string): ChannelEntry => (external ? { title, external } : { title });

export const CHANNEL_GROUPS: ChannelGroup[] = [
  { name: '新闻中心', entries: [watched('work_news'), other('图片新闻'), other('视频新闻')] },
  {
    name: '政务公开',
    entries: [
      other('政府信息公开指南'),
      watched('notices'),
      watched('laws_policies'),
      watched('plans'),
      watched('supply_plan'),
      watched('land_change_survey'),
      watched('real_estate_reg'),
      watched('disclosure_basics'),
    ],
  },
  {
    name: '重点领域',
    entries: [
      watched('expro_notice'),
      watched('compensation_plan'),
      // Published every few years, and no 征地 notice: a column nobody watches.
      other('征地区片综合地价'),
      watched('land_auction'),
      watched('land_transfer_result'),
      watched('mining_rights'),
    ],
  },
  {
    name: '政务服务',
    entries: [watched('service_guide'), other('网上办事大厅', 'http://zwfw.gov.test/'), other('表格下载')],
  },
  { name: '互动交流', entries: [watched('director_mailbox'), other('在线访谈'), other('意见征集')] },
  {
    name: '专题专栏',
    entries: [other('矿业权出让制度改革专题'), other('全国土地日', 'http://www.mnr.gov.cn/zt/tdr/')],
  },
];

/** Columns added after the site's 网站地图 was last generated: only the script menus have them. */
const NEWER = ['mining_rights', 'land_change_survey', 'real_estate_reg'];
/** Columns the menu data marks hidden (`showOrNot: 0`) or leaves out: only the 网站地图 lists them. */
const HIDDEN = ['supply_plan', 'service_guide', 'disclosure_basics'];

/** One or two of `pool`, stable per site. */
function someOf(bureauId: string, salt: string, pool: string[]): string[] {
  const h = fnv1a(`${salt}10:${bureauId}`);
  const first = pool[h % pool.length] as string;
  const second = pool[(h >>> 8) % pool.length] as string;
  return (h >>> 16) % 2 === 0 ? [first] : [...new Set([first, second])];
}

/** The watched columns this site's 网站地图 lacks. */
export const newerColumns = (bureauId: string) => someOf(bureauId, 'newer', NEWER);
/** The watched columns this site's menus hide. */
export const hiddenColumns = (bureauId: string) => someOf(bureauId, 'hidden', HIDDEN);

/** The site's code, the first segment of all its paths (as a 政务云 platform names its sites). */
export function siteCode(bureauId: string): string {
  return `${bureauId}zrzy`;
}

/** Channels that are pages of the site but no menu entry. */
export const SITE_PAGES = ['网站地图', '政府信息公开制度', '依申请公开', '联系我们'];

const entryKey = (e: ChannelEntry) => ('category' in e ? e.category : e.title);
/** Every channel in the order the CMS created them: their ids follow that order. */
const CHANNEL_ORDER = [...CHANNEL_GROUPS.flatMap((g) => [g.name, ...g.entries.map(entryKey)]), ...SITE_PAGES];

/**
 * A channel's path by its key (a category, a title, a group's name), before any redesign. The CMS
 * numbers channels in the order they were created, from a first id that differs per site.
 */
export function channelPath(bureauId: string, key: string): string {
  const n = CHANNEL_ORDER.indexOf(key);
  if (n < 0) throw new Error(`scriptnav-channels: no channel "${key}"`);
  const first = 40000 + (fnv1a(`col10:${bureauId}`) % 50000);
  return `/${siteCode(bureauId)}/col/col${first + 3 * n + (fnv1a(`gap10:${bureauId}:${key}`) % 3)}/`;
}
