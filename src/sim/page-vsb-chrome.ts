import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import { columnTitle, type SimBureau, type SimSection, sectionPath } from './model.js';
import type { PageFrame } from './page-chrome.js';
import { nodeTitle, type VsbLink, vsbEntries, vsbList, vsbNodeHref, vsbVariant } from './page-vsb.js';
import { viewId } from './page-vsb-lists.js';
import { newsId } from './vsb-addresses.js';
import { hasSiteMap, isGroup, rowOf, type VsbGroup, vsbOwner, vsbTree, vsbTreeId } from './vsb-catalogue.js';

/**
 * The chrome of the twenty-second template (page-vsb.ts) as VSB's components write it: the menu (the
 * 导航菜单 component's `ul.menu` with drop-downs, a responsive template's `nav` of `nav_child` panels, or the
 * classic component's table of top-level columns alone), the 当前位置 component's trail, the 栏目列表
 * component's left list of the 大栏目's columns, the 版权 component's footer, and the marks VSB puts in
 * every page's head.
 */

const HOME = '/index.htm';

/** The menu: the top-level columns in the site's kind of menu, off-menu columns left out. */
export function vsbNavigation(bureau: SimBureau, today: Day): string {
  const tops = vsbTree(bureau.id).filter((n) => isGroup(n) || !n.hidden);
  const kind = vsbVariant(bureau, 'menu', 3);
  const subs = (n: (typeof tops)[number]) => (isGroup(n) ? vsbEntries(bureau, n, today) : []);
  const a = (l: { href: string; title: string }) =>
    `<a href="${l.href}"${l.href.startsWith('http') ? ' target="_blank"' : ''}>${l.title}</a>`;
  const top = (n: (typeof tops)[number]) => ({ title: nodeTitle(bureau, n), href: vsbNodeHref(bureau, n, today) });
  if (kind === 0) {
    const items = tops.map((n) => {
      const list = subs(n)
        .map((l) => `<li>${a(l)}</li>`)
        .join('');
      return `<li class="menu-item">${a(top(n))}${list ? `<ul class="sub-menu">${list}</ul>` : ''}</li>`;
    });
    return `</ul><div class="nav" id="nav"><ul class="menu"><li class="first"><a href="${HOME}">首页</a></li>${items.join('')}</ul></div><script type="text/javascript">$(function(){$("#nav .menu>li").hover(function(){$(this).addClass("on").children(".sub-menu").stop(true,true).slideDown(200);},function(){$(this).removeClass("on").children(".sub-menu").hide();});});</script><ul class="nav2">`;
  }
  if (kind === 1) {
    const items = tops.map((n) => {
      const list = subs(n).map(a).join('\n');
      const panel = list
        ? `<span class="nav-click"><span class="caret"></span></span><div class="nav_child"><div class="item clearfix"><div class="r pull-right">${list}</div></div></div>`
        : '';
      return `<li class="nav-list1">${a(top(n))}${panel}</li>`;
    });
    return `</ul><nav class="header-nav"><ul class="nav-list pull-left clearfix" id="pc"><li class="nav-list1"><a href="${HOME}">网站首页</a></li>${items.join('\n')}</ul></nav><ul class="nav2">`;
  }
  const cells = tops
    .map(
      (n, k) => `<td align="center" id="a${k + 2}"><a href="${top(n).href}" class="menu0_0_">${top(n).title}</a></td>`,
    )
    .join('<td class="dh_line"></td>');
  return `</ul><div class="dh"><table width="100%" cellspacing="0" cellpadding="0"><tr><td align="center" id="a1"><a href="${HOME}" class="menu0_1_">首页</a></td><td class="dh_line"></td>${cells}</tr></table></div><ul class="nav2">`;
}

/** The 当前位置 component: 首页, then each 大栏目 above the page, then the page's column. */
export function position(bureau: SimBureau, today: Day, key: string, title: string, href: string): string {
  const ancestors = rowOf(bureau.id, key)?.ancestors ?? [];
  const trail: [string, string][] = [
    ['首页', HOME],
    ...ancestors.map((g): [string, string] => [g.name, vsbNodeHref(bureau, g, today)]),
    [title, href],
  ];
  const v = viewId(bureau, 'position');
  if (vsbVariant(bureau, 'position', 2) === 0) {
    const links = trail.map(([t, h]) => `<a href="${h}"><span class="fontstyle${v}">${t}</span></a>`);
    return `<table class="winstyle${v}" cellspacing="0" cellpadding="0"><tr><td nowrap>当前位置：${links.join(`<span class="splitflagstyle${v}">&gt;&gt;</span>`)}</td></tr></table>`;
  }
  const links = trail.map(([t, h]) => `<a href="${h}">${t}</a>`);
  return `<div class="nav-address"><a class="hidden-xs">您现在的位置：</a> ${links.join(' -&gt; ')}</div>`;
}

/** The 栏目列表 component: a top-level 大栏目's name over its columns, nested ones opened, the current marked. */
export function leftList(bureau: SimBureau, group: VsbGroup, today: Day, currentKey: string): string {
  const keyOf = (l: VsbLink) => (isGroup(l.node) ? `group:${l.node.name}` : (l.node.category ?? l.node.title));
  const items = (g: VsbGroup): string =>
    vsbEntries(bureau, g, today)
      .map((l) => {
        const inner = isGroup(l.node) ? `<ul class="sub-nav">${items(l.node)}</ul>` : '';
        return `<li${keyOf(l) === currentKey ? ' class="active"' : ''}><a href="${l.href}">${l.title}</a>${inner}</li>`;
      })
      .join('');
  return `<div class="list-left"><div class="list-left-top"><span class="windowstyle${viewId(bureau, 'left')}">${group.name}</span></div><ul class="list-left-nav">${items(group)}</ul></div>`;
}

/** A page's trail and, under a 大栏目, its left list: for the page of the column (or 大栏目) `key`. */
export function pageSide(bureau: SimBureau, today: Day, key: string, title: string, href: string): string {
  const row = rowOf(bureau.id, key);
  const top = row?.ancestors[0] ?? (row && isGroup(row.node) ? row.node : undefined);
  return `${position(bureau, today, key, title, href)}${top ? leftList(bureau, top, today, key) : ''}`;
}

/** A watched column's page chrome: its trail and its 大栏目's columns. */
export function vsbLeftMenu(bureau: SimBureau, today: Day, current?: SimSection): string {
  if (!current) return '';
  const title = columnTitle(bureau, current.category);
  return pageSide(bureau, today, current.category, title, sectionPath(bureau, current, today));
}

/** The 版权 component's footer: the host's words, its 网站地图 and 联系我们 where the tree has them, the 纠错 badge. */
export function vsbFooter(bureau: SimBureau, today: Day): string {
  const h = fnv1a(`foot22:${bureau.id}`);
  const map = hasSiteMap(bureau.id)
    ? `<a href="${vsbList(bureau, vsbTreeId(bureau.id, '网站地图'), today)}">网站地图</a>`
    : '';
  const contact = vsbTreeId(bureau.id, '联系我们');
  const links = [map, contact > 0 ? `<a href="${vsbList(bureau, contact, today)}">联系我们</a>` : '']
    .filter(Boolean)
    .join(' | ');
  return `<div class="vsb-footer"><!-- 版权内容请在本组件"内容配置-版权"处填写 --><p>主办单位：${bureau.name}&nbsp;&nbsp;地址：人民路${1 + (h % 200)}号&nbsp;&nbsp;邮编：${450000 + (h % 9999)}</p><p>${links}</p><div class="jiucuo"><script id="_jiucuo_" sitecode="${4100000000 + (h % 99999999)}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div></div>`;
}

/**
 * The marks VSB writes in a page's head: its banner comment, the grey-mode style and script (for days of
 * mourning), the customer number and the visit counter of the page's column (1001, the homepage's, there).
 */
export function vsbHead(frame: PageFrame): string {
  const { bureau, section, path } = frame;
  const tree = section ? vsbTreeId(bureau.id, section.category) : path === '/' ? 1001 : -1;
  const item = path.match(/detail_(\d+)$/)?.[1];
  const news = item && tree > 0 ? newsId(tree, Number(item)) : -1;
  const jsp = path === '/' ? 'index' : item ? 'content' : 'list';
  const customer = `7765626265723230${(fnv1a(`cust22:${bureau.id}`) >>> 0).toString(16).padStart(8, '0')}`;
  return `
<!--Announced by Visual SiteBuilder 9-->
<link rel="stylesheet" type="text/css" href="/_sitegray/_sitegray_d.css" />
<script language="javascript" src="/_sitegray/_sitegray.js"></script>
<!-- CustomerNO:${customer} -->
<link rel="stylesheet" type="text/css" href="/${jsp}.vsb.css" />
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
<script type="text/javascript">_jsq_(${tree},'/${jsp}.jsp',${news},${vsbOwner(bureau.id)})</script>`;
}
