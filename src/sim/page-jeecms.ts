import type { Day } from '../domain/types.js';
import { jeecmsDialect } from './jeecms-addresses.js';
import {
  JEECMS_TREES,
  type JeecmsGroup,
  jeecmsChannelId,
  jeecmsGroupOf,
  jeecmsPick,
  jeecmsTree,
} from './jeecms-catalogue.js';
import { columnTitle, navStyle, type SimBureau, type SimItem, type SimSection, sectionPath } from './model.js';
import {
  type NumberedSite,
  numberedArticleHref,
  numberedEntries,
  numberedList,
  numberedMenuHref,
  numberedSite,
} from './numbered-site.js';
import { jeecmsListRows, jeecmsPagebar } from './page-jeecms-lists.js';
import { templatePager } from './page-template-pager.js';

/**
 * The nineteenth navigation template, the HOLDOUT, written before discovery was run on it and never tuned
 * on: a city or county bureau's site on JEECMS (a Java CMS, `.jhtml` pages), as county governments ran
 * them from 2012 to 2020. A div layout: a `.nav` of the top channels, each `<li class="nav-item">` with a
 * `.subnav` of its children that a hover shows; a `.banner`; channel pages with a `.position` breadcrumb
 * (当前位置：首页 > 政务公开 > 通知公告) and a sidebar of the parent's children; a parent channel's page is a
 * box per child. Lists are `ul.list` rows with a `span.date`, or table rows, under JEECMS's pager.
 */

export const jeecmsVariant = (bureau: Pick<SimBureau, 'id'>, what: string, n: number) => jeecmsPick(bureau.id, what, n);

const SITES = JEECMS_TREES.map((tree) => numberedSite(tree, jeecmsChannelId, jeecmsDialect));

/** The site's tree and addresses as a numbered site. */
export const jeecmsSite = (bureau: Pick<SimBureau, 'id'>): NumberedSite =>
  SITES[JEECMS_TREES.indexOf(jeecmsTree(bureau.id))] as NumberedSite;

/** A list address (a channel's, a parent's, a page of one) on `today`. */
export const jeecmsList = (bureau: SimBureau, id: number, today: Day, pageNo = 1) =>
  numberedList(jeecmsSite(bureau), bureau, id, today, pageNo);

/** The address of a channel nobody watches or a single page. */
export const jeecmsPageHref = (bureau: SimBureau, title: string, today: Day) =>
  jeecmsList(bureau, jeecmsChannelId(bureau.id, title), today);

/** Where a menu entry goes: a parent channel's page, or a top-level channel itself. */
export function jeecmsGroupHref(bureau: SimBureau, group: JeecmsGroup, today: Day): string {
  return numberedMenuHref(jeecmsSite(bureau), bureau, group, today);
}

/** A `.subnav` of a channel's children: bare links on some sites, a list on others. */
function subnav(bureau: SimBureau, group: JeecmsGroup, today: Day): string {
  if (group.leaf) return '';
  const entries = numberedEntries(jeecmsSite(bureau), bureau, group, today);
  const bare = jeecmsVariant(bureau, 'subnav', 2) === 0;
  const links = entries
    .map((e) => (bare ? `<a href="${e.href}">${e.title}</a>` : `<li><a href="${e.href}">${e.title}</a></li>`))
    .join(bare ? ' | ' : '');
  return `<div class="subnav" style="display:none">${bare ? links : `<ul>${links}</ul>`}</div>`;
}

const NAV_SCRIPT =
  "<script>$(function(){$('.nav .nav-item').hover(function(){$(this).addClass('on').find('.subnav').stop(true,true).slideDown(150);},function(){$(this).removeClass('on').find('.subnav').hide();});});</script>";

/** The header: the site's name over a `.nav` of the top channels with their `.subnav`s, then a `.banner`. */
export function jeecmsNavigation(bureau: SimBureau, today: Day): string {
  const home = ['网站首页', '首页'][jeecmsVariant(bureau, 'home', 2)];
  const items = jeecmsTree(bureau.id)
    .map(
      (g) =>
        `<li class="nav-item"><a href="${jeecmsGroupHref(bureau, g, today)}" class="nav-link">${g.name}</a>${subnav(bureau, g, today)}</li>`,
    )
    .join('');
  const banner = `<div class="banner"><img src="/r/cms/www/red/img/banner.jpg" alt="${bureau.name}" width="1000" height="180"></div>`;
  return `</ul><div class="nav"><ul><li class="nav-item"><a href="/" class="nav-link">${home}</a></li>${items}</ul></div>${NAV_SCRIPT}${banner}<ul class="nav2">`;
}

/** 当前位置：首页 > 政务公开 > 通知公告. */
export function position(bureau: SimBureau, trail: [string, string][]): string {
  const sep = ['&gt;', '>', '&gt;&gt;'][jeecmsVariant(bureau, 'sep', 3)];
  const links = [['首页', '/'], ...trail].map(([t, h]) => `<a href="${h}">${t}</a>`).join(` ${sep} `);
  return `<div class="position">当前位置：${links}</div>`;
}

/** A channel's trail: its parent (unless the channel is on the menu itself), then the channel. */
export function channelTrail(bureau: SimBureau, today: Day, key: string, title: string, href: string) {
  const group = jeecmsGroupOf(bureau.id, key);
  const own: [string, string] = [title, href];
  const trail: [string, string][] =
    group && !group.leaf ? [[group.name, jeecmsGroupHref(bureau, group, today)], own] : [own];
  return trail;
}

/** The sidebar of a parent's channels: its name as a heading, its children, the current one marked. */
export function siblings(bureau: SimBureau, group: JeecmsGroup, today: Day, current?: string): string {
  const links = numberedEntries(jeecmsSite(bureau), bureau, group, today)
    .map(
      (e) =>
        `<li${(e.section?.category ?? e.title) === current ? ' class="on"' : ''}><a href="${e.href}">${e.title}</a></li>`,
    )
    .join('');
  return `<div class="side-hd"><h2>${group.name}</h2></div><div class="side-bd"><ul>${links}</ul></div>`;
}

/** A watched channel's page chrome: its breadcrumb and its parent's channels. */
export function jeecmsLeftMenu(bureau: SimBureau, today: Day, current?: SimSection): string {
  if (!current) return '';
  const group = jeecmsGroupOf(bureau.id, current.category);
  const title = columnTitle(bureau, current.category);
  const trail = channelTrail(bureau, today, current.category, title, sectionPath(bureau, current, today));
  return `${position(bureau, trail)}${group && !group.leaf ? siblings(bureau, group, today, current.category) : ''}`;
}

/** Where the site's template writes a watched channel's list (the TRS-like families); null elsewhere. */
export function jeecmsListBody(bureau: SimBureau, section: SimSection, items: SimItem[], today: Day): string | null {
  if (navStyle(bureau) !== 'jeecms' || !['trs-table', 'trs-comment', 'catalogue'].includes(bureau.family)) return null;
  const href = (i: SimItem) => numberedArticleHref(jeecmsSite(bureau), bureau, section, i, today);
  const heading = `<div class="list-hd"><span>${columnTitle(bureau, section.category)}</span></div>`;
  return `${heading}${jeecmsListRows(bureau, items, href, today)}`;
}

/** The pager under a JEECMS channel's list; null on other templates. */
export const jeecmsPager = templatePager('jeecms', jeecmsChannelId, jeecmsPagebar, (b, id, day, n) =>
  jeecmsList(b, id, day, n),
);

/** The footer's links (网站地图, 联系我们) and the 主办/承办 lines. */
export function jeecmsFooter(bureau: SimBureau, today: Day): string {
  const contact = jeecmsTree(bureau.id).some((g) => g.entries.some((e) => e.title === '联系我们'))
    ? `<a href="${jeecmsPageHref(bureau, '联系我们', today)}">联系我们</a> | `
    : '';
  const tech = ['技术支持：金磊科技', '技术支持：县信息中心', ''][jeecmsVariant(bureau, 'tech', 3)];
  return `<div class="foot-nav"><a href="/sitemap.jhtml">网站地图</a> | ${contact}<a href="javascript:;" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage(location.href);">设为首页</a></div><div class="copyright"><p>主办单位：${bureau.name} 承办：${bureau.name}办公室</p><p>${tech}</p></div>`;
}
