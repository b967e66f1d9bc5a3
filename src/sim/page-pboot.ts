import type { Day } from '../domain/types.js';
import { columnTitle, navStyle, type SimBureau, type SimItem, type SimSection, sectionPath } from './model.js';
import {
  type NumberedSite,
  numberedArticleHref,
  numberedEntries,
  numberedList,
  numberedMenuHref,
  numberedSite,
} from './numbered-site.js';
import { pbootListRows, pbootPagebar } from './page-pboot-lists.js';
import { templatePager } from './page-template-pager.js';
import { pbootDialect } from './pboot-addresses.js';
import {
  PBOOT_TREES,
  type PbootGroup,
  pbootColumnId,
  pbootGroupOf,
  pbootPick,
  pbootTree,
  SITEMAP_TITLE,
} from './pboot-catalogue.js';

/**
 * The seventeenth navigation template, the HOLDOUT, written before discovery was run on it and never tuned
 * on: a county bureau's responsive site on a PHP CMS of the PbootCMS / EyouCMS kind, as local web firms
 * sell them (Bootstrap-ish, a swiper banner, icon fonts). The header's menu names the top-level columns,
 * each with a drop-down `<ul class="sub">` of its children; a hamburger opens `<div class="m-nav">`, the
 * same menu again for phones. A group's page lists its children in a `.left-nav` beside the first child's
 * list (or all its children's items); a column's page has the same side nav and a 当前位置 breadcrumb.
 * Lists are cards with the day apart from the month, `<dl>` rows, `<li>` rows or media objects, per site.
 */

export const pbootVariant = (bureau: Pick<SimBureau, 'id'>, what: string, n: number) => pbootPick(bureau.id, what, n);

const SITES = PBOOT_TREES.map((tree) => numberedSite(tree, pbootColumnId, pbootDialect));

/** The site's tree and addresses as a numbered site. */
export const pbootSite = (bureau: Pick<SimBureau, 'id'>): NumberedSite =>
  SITES[PBOOT_TREES.indexOf(pbootTree(bureau.id))] as NumberedSite;

/** The groups of the site's menu, in its order. */
export const pbootGroups = (bureau: Pick<SimBureau, 'id'>) => pbootTree(bureau.id);

/** A list address (a column's, a group's, a page of one) on `today`. */
export const pbootList = (bureau: SimBureau, id: number, today: Day, pageNo = 1) =>
  numberedList(pbootSite(bureau), bureau, id, today, pageNo);

/** The address of a column nobody watches, a single page or the 网站地图. */
export const pbootPageHref = (bureau: SimBureau, title: string, today: Day) =>
  pbootList(bureau, pbootColumnId(bureau.id, title), today);

/** Where a menu entry goes: a group's page, or a top-level column itself. */
export function pbootGroupHref(bureau: SimBureau, group: PbootGroup, today: Day): string {
  return numberedMenuHref(pbootSite(bureau), bureau, group, today);
}

const subMenu = (bureau: SimBureau, group: PbootGroup, today: Day) =>
  group.leaf
    ? ''
    : `<ul class="sub">${numberedEntries(pbootSite(bureau), bureau, group, today)
        .map((e) => `<li><a href="${e.href}">${e.title}</a></li>`)
        .join('')}</ul>`;

/** The menu's entries, each with its drop-down; the mobile copy adds a toggle before each drop-down. */
function menu(bureau: SimBureau, today: Day, mobile: boolean): string {
  return pbootGroups(bureau)
    .map((g) => {
      const sub = subMenu(bureau, g, today);
      const toggle = mobile && sub ? '<i class="iconfont icon-down"></i>' : '';
      return `<li${mobile ? '' : ' class="nav-item"'}><a href="${pbootGroupHref(bureau, g, today)}">${g.name}</a>${toggle}${sub}</li>`;
    })
    .join('');
}

const NAV_CLASSES = ['nav', 'navbar', 'menu'];

/** The header: a logo, the menu with its drop-downs, the hamburger and the mobile copy of the menu. */
export function pbootNavigation(bureau: SimBureau, today: Day): string {
  const cls = NAV_CLASSES[pbootVariant(bureau, 'navcls', NAV_CLASSES.length)];
  const home = ['网站首页', '首页'][pbootVariant(bureau, 'home', 2)];
  const desktop = `<div class="${cls} hidden-xs"><ul class="clearfix"><li class="nav-item active"><a href="/">${home}</a></li>${menu(bureau, today, false)}</ul></div>`;
  const mobile = `<div class="m-nav"><div class="m-nav-hd"><span class="m-close">&times;</span></div><ul><li><a href="/">${home}</a></li>${menu(bureau, today, true)}</ul></div>`;
  const logo = `<div class="logo"><a href="/"><img src="/static/upload/image/20230512/1683871562138762.png" alt="${bureau.name}"></a></div>`;
  return `</ul><header class="header"><div class="container">${logo}${desktop}<div class="m-btn visible-xs" id="menuBtn"><span></span><span></span><span></span></div></div></header>${mobile}<ul class="nav2">`;
}

/** The side nav of a group's pages: the group's name and English line, its children, the current marked. */
export function leftNav(bureau: SimBureau, group: PbootGroup, today: Day, current?: string): string {
  const links = numberedEntries(pbootSite(bureau), bureau, group, today)
    .map((e) => {
      const here = (e.section?.category ?? e.title) === current;
      return `<li${here ? ' class="active"' : ''}><a href="${e.href}">${e.title}</a></li>`;
    })
    .join('');
  return `<div class="left-nav"><div class="left-tit"><h2>${group.name}</h2><p>${group.english}</p></div><ul>${links}</ul></div>`;
}

/** 当前位置：首页 > 政务公开 > 土地招拍挂, as `{pboot:position}` writes it. */
export function position(bureau: SimBureau, trail: [string, string][]): string {
  const sep = ['&gt;', '>', '&raquo;'][pbootVariant(bureau, 'sep', 3)];
  const links = [['首页', '/'], ...trail].map(([t, h]) => `<a href="${h}">${t}</a>`).join(` ${sep} `);
  return `<div class="position"><i class="iconfont icon-home"></i>当前位置：${links}</div>`;
}

/** A column's trail: its group (unless the column is in the menu itself), then the column. */
export function columnTrail(
  bureau: SimBureau,
  today: Day,
  key: string,
  title: string,
  href: string,
): [string, string][] {
  const group = pbootGroupOf(bureau.id, key);
  const own: [string, string] = [title, href];
  return group && !group.leaf ? [[group.name, pbootGroupHref(bureau, group, today)], own] : [own];
}

/** A watched column's page chrome: its breadcrumb and its group's side nav. */
export function pbootLeftMenu(bureau: SimBureau, today: Day, current?: SimSection): string {
  if (!current) return '';
  const group = pbootGroupOf(bureau.id, current.category);
  const title = columnTitle(bureau, current.category);
  const crumbs = position(
    bureau,
    columnTrail(bureau, today, current.category, title, sectionPath(bureau, current, today)),
  );
  return `${crumbs}${group && !group.leaf ? leftNav(bureau, group, today, current.category) : ''}`;
}

/** Where the site's template writes a watched column's list (the TRS-like families); null elsewhere. */
export function pbootListBody(bureau: SimBureau, section: SimSection, items: SimItem[], today: Day): string | null {
  if (navStyle(bureau) !== 'pboot' || !['trs-table', 'trs-comment', 'catalogue'].includes(bureau.family)) return null;
  const href = (i: SimItem) => numberedArticleHref(pbootSite(bureau), bureau, section, i, today);
  const heading = `<div class="list-hd"><h2>${columnTitle(bureau, section.category)}</h2></div>`;
  return `${heading}${pbootListRows(bureau, items, href, today)}`;
}

/** The pager under a pboot column's list; null on other templates. */
export const pbootPager = templatePager('pboot', pbootColumnId, pbootPagebar, (b, id, day, n) =>
  pbootList(b, id, day, n),
);

/** The footer's links (联系我们, 网站地图) and the firm's line. */
export function pbootFooter(bureau: SimBureau, today: Day): string {
  const firm = ['网络科技有限公司', '信息技术有限公司', '县融媒体中心'][pbootVariant(bureau, 'firm', 3)];
  const powered = ['PbootCMS', 'EyouCMS', ''][pbootVariant(bureau, 'power', 3)];
  const links = [
    `<a href="${pbootPageHref(bureau, '单位简介', today)}">关于我们</a>`,
    `<a href="${pbootPageHref(bureau, '联系我们', today)}">联系我们</a>`,
    `<a href="${pbootPageHref(bureau, SITEMAP_TITLE, today)}">网站地图</a>`,
  ].join(' | ');
  return `<div class="foot-links">${links}</div><div class="foot-copy">技术支持：${firm}${powered ? ` Powered by ${powered}` : ''}</div>`;
}
