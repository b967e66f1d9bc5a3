import type { Day } from '../domain/types.js';
import { epointDialect } from './epoint-addresses.js';
import {
  type EpointEntry,
  type EpointGroup,
  epointColumnId,
  epointGroupOf,
  epointGroups,
  epointPick,
  epointTree,
} from './epoint-catalogue.js';
import { columnTitle, navStyle, type SimBureau, type SimItem, type SimSection, sectionPath } from './model.js';
import { articleNumber, articleOfNumber } from './numbered-catalogue.js';
import { type NumberedSite, numberedArticleHref, numberedList } from './numbered-site.js';
import { epointListRows, epointPagebar } from './page-epoint-lists.js';
import { templatePager } from './page-template-pager.js';

/**
 * The twentieth navigation template, the HOLDOUT, written before discovery was run on it and never tuned
 * on: a county or city bureau's site on 新点 Epoint WebBuilder, as Jiangsu, Anhui, Jiangxi and Shandong
 * counties ran them from 2016. Its `ewb-` markup: a header with the search box over an `.ewb-nav` of the
 * top channels, each `.ewb-nav-item` with an `.ewb-nav-sub` drop-down of its categories on most sites; a
 * channel's `secondPage.html` of boxes; category pages with an `.ewb-location` breadcrumb (您现在的位置：)
 * and an `.ewb-left` tree of the channel's categories, sub-channels unfolded. Lists sit in
 * `#categorypagingcontent` as `li.ewb-list-node` rows, `wb-data` rows, or (ASP.NET) a DataGrid table.
 */

export const epointVariant = (bureau: Pick<SimBureau, 'id'>, what: string, n: number) => epointPick(bureau.id, what, n);

const SITES = new WeakMap<SimBureau, NumberedSite>();

/** The day an item of category `id` was published, for its article's folder. */
function itemDay(bureau: SimBureau, id: number, itemId: number): Day {
  const section = bureau.sections.find((s) => epointColumnId(bureau.id, s.category) === id);
  return section?.items.find((i) => i.id === itemId)?.date ?? section?.items[0]?.date ?? '2020-01-01';
}

/** The site's categories and addresses as a numbered site (its article addresses carry the item's day). */
export function epointSite(bureau: SimBureau): NumberedSite {
  let site = SITES.get(bureau);
  if (!site) {
    const dialect = epointDialect(bureau.id);
    site = {
      groups: epointGroups(epointTree(bureau.id)),
      columnId: epointColumnId,
      listPath: (_, id, page) => dialect.list(id, page),
      articlePath: (_, id, itemId) => dialect.article(id, articleNumber(id, itemId), itemDay(bureau, id, itemId)),
      read: (_, path, params) => {
        const asked = dialect.read(path, params);
        return asked && 'article' in asked ? { article: articleOfNumber(asked.article) } : asked;
      },
    };
    SITES.set(bureau, site);
  }
  return site;
}

/** A list address (a category's, a group's, a page of one) on `today`. */
export const epointList = (bureau: SimBureau, id: number, today: Day, pageNo = 1) =>
  numberedList(epointSite(bureau), bureau, id, today, pageNo);

/** An item's article address on `today`. */
export const epointArticleHref = (bureau: SimBureau, s: SimSection, i: SimItem, today: Day) =>
  numberedArticleHref(epointSite(bureau), bureau, s, i, today);

export interface EpointLink {
  title: string;
  href: string;
  entry: EpointEntry;
  section?: SimSection;
}

/** A group's categories this site carries, as links (watched ones it lacks left out, 外链 to their site). */
export function epointEntries(bureau: SimBureau, group: EpointGroup, today: Day): EpointLink[] {
  return group.entries.flatMap((entry): EpointLink[] => {
    if (entry.external) return [{ title: entry.title as string, href: entry.external, entry }];
    if (!entry.category) {
      const title = entry.title as string;
      return [{ title, href: epointList(bureau, epointColumnId(bureau.id, title), today), entry }];
    }
    const section = bureau.sections.find((s) => s.category === entry.category);
    if (!section) return [];
    return [{ title: columnTitle(bureau, entry.category), href: sectionPath(bureau, section, today), entry, section }];
  });
}

/** Where a menu entry goes: a channel's page, or a channel that is a column itself. */
export function epointGroupHref(bureau: SimBureau, group: EpointGroup, today: Day): string {
  if (group.leaf) return epointEntries(bureau, group, today)[0]?.href ?? '/';
  return epointList(bureau, epointColumnId(bureau.id, `group:${group.name}`), today);
}

/** An `.ewb-nav-sub` of a channel's categories; none on sites whose menu has no drop-downs. */
function navSub(bureau: SimBureau, group: EpointGroup, today: Day): string {
  if (group.leaf || epointVariant(bureau, 'navsub', 3) === 0) return '';
  const links = epointEntries(bureau, group, today)
    .map((e) => `<li class="ewb-nav-subitem"><a href="${e.href}" target="_blank">${e.title}</a></li>`)
    .join('');
  return `<div class="ewb-nav-sub"><ul class="ewb-nav-subitems">${links}</ul></div>`;
}

const NAV_SCRIPT =
  '<script>$(function(){$(".ewb-nav-item").hover(function(){$(this).addClass("active").find(".ewb-nav-sub").stop(true,true).slideDown(200);},function(){$(this).removeClass("active").find(".ewb-nav-sub").hide();});});</script>';

/** The header: the logo and the full-text search box over the `.ewb-nav` of the top channels. */
export function epointNavigation(bureau: SimBureau, today: Day): string {
  const home = ['网站首页', '首页', '首 页'][epointVariant(bureau, 'home', 3)];
  const items = epointTree(bureau.id)
    .map(
      (g) =>
        `<li class="ewb-nav-item"><a class="ewb-nav-link" href="${epointGroupHref(bureau, g, today)}">${g.name}</a>${navSub(bureau, g, today)}</li>`,
    )
    .join('');
  const search = `<div class="ewb-search"><form action="/search/fullsearch.html" method="get" target="_blank"><input type="text" name="wd" class="ewb-search-input" placeholder="请输入关键字"><button type="submit" class="ewb-search-btn">搜索</button></form></div>`;
  return `</ul><div class="ewb-header"><div class="ewb-logo"><img src="/images/logo.png" alt="${bureau.name}"></div>${search}</div><div class="ewb-nav"><ul class="ewb-nav-items clearfix"><li class="ewb-nav-item"><a class="ewb-nav-link" href="/">${home}</a></li>${items}</ul></div>${NAV_SCRIPT}<ul class="nav2">`;
}

/** 您现在的位置：首页 > 业务专栏 > 土地管理 > 出让公告, the last one not a link on some sites. */
export function location(bureau: SimBureau, trail: [string, string][]): string {
  const route = epointVariant(bureau, 'route', 2) === 0;
  const sep = route ? ' &gt;&gt; ' : ' &gt; ';
  const lastLinked = epointVariant(bureau, 'routelast', 2) === 0;
  const parts = [['首页', '/'], ...trail].map(([t, h], k) =>
    k === trail.length && !lastLinked ? `<span>${t}</span>` : `<a href="${h}">${t}</a>`,
  );
  return route
    ? `<div class="ewb-route">当前位置：${parts.join(sep)}</div>`
    : `<div class="ewb-location"><span class="ewb-location-icon"></span>您现在的位置：${parts.join(sep)}</div>`;
}

const groupNamed = (bureau: SimBureau, name: string | undefined) =>
  epointGroups(epointTree(bureau.id)).find((g) => g.name === name);

/** The groups above a category: its channel (unless the channel is the column), its sub-channel. */
export function ancestors(bureau: SimBureau, key: string): EpointGroup[] {
  const group = epointGroupOf(bureau.id, key);
  if (!group || group.leaf) return [];
  const channel = groupNamed(bureau, group.parent);
  return channel ? [channel, group] : [group];
}

/** A category's trail: the groups above it, then the category. */
export function categoryTrail(bureau: SimBureau, today: Day, key: string, title: string, href: string) {
  const above = ancestors(bureau, key).map((g): [string, string] => [g.name, epointGroupHref(bureau, g, today)]);
  return [...above, [title, href]] as [string, string][];
}

/** The `.ewb-left` tree of a channel's categories, its sub-channels unfolded, the current one marked. */
export function leftTree(bureau: SimBureau, channel: EpointGroup, today: Day, current?: string): string {
  const item = (e: EpointLink): string => {
    const on = (e.section?.category ?? e.title) === current ? ' current' : '';
    const group = e.entry.children ? groupNamed(bureau, e.title) : undefined;
    const inner = group
      ? `<ul class="ewb-left-sub">${epointEntries(bureau, group, today).map(item).join('')}</ul>`
      : '';
    return `<li class="ewb-left-item${on}"><a href="${e.href}">${e.title}</a>${inner}</li>`;
  };
  const links = epointEntries(bureau, channel, today).map(item).join('');
  return `<div class="ewb-left"><div class="ewb-left-hd"><h3>${channel.name}</h3></div><ul class="ewb-left-bd">${links}</ul></div>`;
}

/** The channel a category's page shows in its left tree: its top one. */
export const channelOf = (bureau: SimBureau, key: string) => ancestors(bureau, key)[0];

/** A watched column's page chrome: its breadcrumb and its channel's tree. */
export function epointLeftMenu(bureau: SimBureau, today: Day, current?: SimSection): string {
  if (!current) return '';
  const title = columnTitle(bureau, current.category);
  const trail = categoryTrail(bureau, today, current.category, title, sectionPath(bureau, current, today));
  const channel = channelOf(bureau, current.category);
  return `${location(bureau, trail)}${channel ? leftTree(bureau, channel, today, current.category) : ''}`;
}

/** Where the site's template writes a watched column's list (the TRS-like families); null elsewhere. */
export function epointListBody(bureau: SimBureau, section: SimSection, items: SimItem[], today: Day): string | null {
  if (navStyle(bureau) !== 'epoint' || !['trs-table', 'trs-comment', 'catalogue'].includes(bureau.family)) return null;
  const rows = epointListRows(bureau, items, (i) => epointArticleHref(bureau, section, i, today), today);
  return `<div class="ewb-info-hd"><h3 class="ewb-info-title">${columnTitle(bureau, section.category)}</h3></div><div class="ewb-info-bd" id="categorypagingcontent">${rows}</div>`;
}

/** The pager under an Epoint column's list; null on other templates. */
export const epointPager = templatePager('epoint', epointColumnId, epointPagebar, (b, id, day, n) =>
  epointList(b, id, day, n),
);

/** Whether the site publishes a 网站地图 (at `/wzdt.html`). */
export const epointHasSitemap = (bureau: Pick<SimBureau, 'id'>) => epointVariant(bureau, 'wzdt', 3) !== 0;

/** The footer's links (网站地图, 设为首页) and the 主办/技术支持 lines. */
export function epointFooter(bureau: SimBureau): string {
  const map = epointHasSitemap(bureau) ? '<a href="/wzdt.html" target="_blank">网站地图</a> | ' : '';
  const tech = ['技术支持：国泰新点软件股份有限公司', '技术支持：新点软件', ''][epointVariant(bureau, 'tech', 3)];
  return `<div class="ewb-footer-links">${map}<a href="javascript:;" onclick="SetHome(this,window.location)">设为首页</a> | <a href="javascript:;" onclick="AddFavorite(window.location,document.title)">加入收藏</a></div><div class="ewb-copyright"><p>主办单位：${bureau.name}</p><p>${tech}</p></div>`;
}
