import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import { columnTitle, type SimBureau, type SimSection, sectionPath } from './model.js';
import {
  type NumberedEntry,
  type NumberedSite,
  numberedEntries,
  numberedList,
  numberedMenuHref,
  numberedSite,
} from './numbered-site.js';
import { oldsiteDialect, type SavedOn } from './oldsite-addresses.js';
import {
  type OldsiteGroup,
  oldsiteColumnId,
  oldsiteGroupOf,
  oldsitePick,
  oldsiteRow,
  oldsiteTree,
} from './oldsite-catalogue.js';
import { decoyItems } from './page-decoy.js';

/**
 * The eighteenth navigation template, the HOLDOUT, written before discovery was run on it and never tuned
 * on: an old county 国土资源局 site built 2005–2012 in FrontPage or Dreamweaver, or on an early ASP news
 * system, still online. A table layout 980 wide, `<font>` tags, spacer gifs and `&nbsp;` padding; under a
 * banner (a Flash `<embed>` or a picture) the menu is a row of sliced image buttons swapped by
 * `MM_swapImage` (named by `alt` on most sites), an image map, or text links in a cell. Some sites are a
 * `<frameset>` (top.htm with the menu, left.htm with the classes, main.htm), some include top.htm in an
 * `<iframe>` on every page (page-oldsite-frames.ts). Column pages have a left table of the group's classes
 * and a 您现在的位置 line.
 */

export const oldsiteVariant = (bureau: Pick<SimBureau, 'id'>, what: string, n: number) =>
  oldsitePick(bureau.id, what, n);

/** How the site holds its menu: on every page, a frameset's top (and left) frame, or an iframe of top.htm. */
export type OldsiteFrames = 'none' | 'top' | 'left' | 'iframe';
const FRAMES: OldsiteFrames[] = ['none', 'none', 'none', 'top', 'top', 'left', 'iframe', 'iframe'];
export const oldsiteFrames = (bureau: Pick<SimBureau, 'id'>): OldsiteFrames =>
  FRAMES[oldsiteVariant(bureau, 'frames', FRAMES.length)] as OldsiteFrames;

/** The days the site's articles were saved on: a watched column's items, or a column nobody watches (page-decoy.ts). */
function savedOn(bureau: SimBureau, today: Day): SavedOn {
  return (columnId, itemId) => {
    const row = oldsiteRow(bureau.id, columnId);
    const section = bureau.sections.find((s) => s.category === row?.key);
    if (section) return section.items.find((i) => i.id === itemId)?.date;
    return row?.entry ? decoyItems([''], today)[itemId]?.date : undefined;
  };
}

/** The site's class table and addresses as a numbered site, as of `today`. */
export function oldsiteSite(bureau: SimBureau, today: Day): NumberedSite {
  return numberedSite(oldsiteTree(bureau.id), oldsiteColumnId, (id) => oldsiteDialect(id, savedOn(bureau, today)));
}

export const oldsiteGroups = (bureau: Pick<SimBureau, 'id'>) => oldsiteTree(bureau.id);

/** A list address (a column's, a group's, a page of one) on `today`. */
export const oldsiteList = (bureau: SimBureau, id: number, today: Day, pageNo = 1) =>
  numberedList(oldsiteSite(bureau, today), bureau, id, today, pageNo);

/** A group's columns this site carries, as links. */
export const oldsiteEntries = (bureau: SimBureau, group: OldsiteGroup, today: Day): NumberedEntry[] =>
  numberedEntries(oldsiteSite(bureau, today), bureau, group, today);

/** Where a menu button goes: a group's page, or the column alone on the menu. */
export function oldsiteGroupHref(bureau: SimBureau, group: OldsiteGroup, today: Day): string {
  return numberedMenuHref(oldsiteSite(bureau, today), bureau, group, today);
}

/** Some builders linked the pages at the root relatively (`news/list.asp?lb=3`), as Dreamweaver writes them. */
export const rootHref = (bureau: SimBureau, href: string) =>
  oldsiteVariant(bureau, 'relative', 2) === 0 && href.startsWith('/') && href !== '/' ? href.slice(1) : href;

const MM_SCRIPT = `<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_findObj(n, d) { var p,i,x; if(!d) d=document; if(!(x=d[n])&&d.all) x=d.all[n]; for (i=0;!x&&i<d.forms.length;i++) x=d.forms[i][n]; if(!x && d.getElementById) x=d.getElementById(n); return x; }
function MM_swapImage() { var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; for(i=0;i<(a.length-2);i+=3) if ((x=MM_findObj(a[i]))!=null){document.MM_sr[j++]=x; if(!x.oSrc) x.oSrc=x.src; x.src=a[i+2];} }
//-->
</script>`;

/** The menu's names are in images only (no `alt`): such sites repeat the menu as text at the foot. */
export const menuInImagesOnly = (bureau: SimBureau) =>
  oldsiteVariant(bureau, 'menu', 3) === 0 && oldsiteVariant(bureau, 'alt', 3) === 0;

/**
 * The menu under the banner: sliced image buttons, an image map or text links, each group's page (the
 * column itself for a column alone on the menu); `target` names the frame the pages open in.
 */
export function oldsiteMenu(bureau: SimBureau, today: Day, target: string, root: boolean): string {
  const at = (href: string) => (root ? rootHref(bureau, href) : href);
  const tgt = target ? ` target="${target}"` : '';
  const home = target === 'mainFrame' ? framePage(bureau, 'main') : '/';
  const img = root ? 'images/' : '/images/';
  const buttons: [string, string][] = [
    ['首页', home],
    ...oldsiteGroups(bureau).map((g): [string, string] => [g.name, at(oldsiteGroupHref(bureau, g, today))]),
  ];
  const style = oldsiteVariant(bureau, 'menu', 3);
  if (style === 0) {
    const alt = !menuInImagesOnly(bureau);
    const cells = buttons
      .map(([name, href], i) => {
        const n = String(i + 2).padStart(2, '0');
        return `<td><a href="${href}"${tgt} onMouseOut="MM_swapImgRestore()" onMouseOver="MM_swapImage('Image${n}','','${img}nav_${n}_on.gif',1)"><img src="${img}nav_${n}.gif"${alt ? ` alt="${name}"` : ''} name="Image${n}" width="${i === 0 ? 80 : 98}" height="36" border="0" id="Image${n}"></a></td>`;
      })
      .join('');
    return `${MM_SCRIPT}<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="${img}nav_01.gif" width="12" height="36"></td>${cells}<td><img src="${img}nav_end.gif" width="10" height="36"></td></tr></table>`;
  }
  if (style === 1) {
    const areas = buttons
      .map(
        ([name, href], i) =>
          `<area shape="rect" coords="${i * 96},0,${i * 96 + 94},38" href="${href}"${tgt} alt="${name}">`,
      )
      .join('\n');
    return `<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="${img}nav.jpg" width="980" height="38" border="0" usemap="#Map"></td></tr></table><map name="Map" id="Map">\n${areas}\n</map>`;
  }
  const links = buttons
    .map(([name, href]) => `<a href="${href}"${tgt} class="nav"><font color="#FFFFFF">${name}</font></a>`)
    .join('&nbsp;&nbsp;|&nbsp;&nbsp;');
  return `<table width="980" height="34" border="0" align="center" cellpadding="0" cellspacing="0" background="${img}nav_bg.gif"><tr><td align="center" class="nav">${links}</td></tr></table>`;
}

/** The banner: a Flash movie with a picture under it for browsers without the plug-in, or a picture. */
export function banner(bureau: SimBureau, root: boolean): string {
  const img = root ? 'images/' : '/images/';
  const flash = oldsiteVariant(bureau, 'flash', 2) === 0;
  const inner = flash
    ? `<object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" codebase="http://download.macromedia.com/pub/shockwave/cabs/flash/swflash.cab#version=7,0,19,0" width="980" height="150"><param name="movie" value="${img}top.swf"><param name="quality" value="high"><param name="wmode" value="transparent"><embed src="${img}top.swf" width="980" height="150" quality="high" wmode="transparent" pluginspage="http://www.macromedia.com/go/getflashplayer" type="application/x-shockwave-flash"></embed></object>`
    : `<img src="${img}top.jpg" width="980" height="150" alt="${bureau.name}">`;
  return `<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>${inner}</td></tr></table>`;
}

/**
 * The chrome's menu: the banner and menu on every page, an iframe of top.htm, or nothing on a frameset's
 * pages (the menu is in its top frame); closes the chrome's text menu after its 首页.
 */
export function oldsiteNavigation(bureau: SimBureau, today: Day): string {
  const frames = oldsiteFrames(bureau);
  if (frames === 'top' || frames === 'left') return '';
  const inner =
    frames === 'iframe'
      ? `<iframe src="/${framePage(bureau, 'top')}" name="top" width="980" height="190" frameborder="0" scrolling="no" marginwidth="0" marginheight="0"></iframe>`
      : `${banner(bureau, false)}${oldsiteMenu(bureau, today, '', false)}`;
  return `</ul>${inner}<ul class="nav2">`;
}

/** A frame's page at the root: `top.htm` on a static site, `top.asp` on an ASP one. */
export const framePage = (bureau: SimBureau, name: 'top' | 'left' | 'main' | 'index') =>
  `${name}.${oldsiteDialect(bureau.id).name === 'static' ? 'htm' : 'asp'}`;

/** The left table of a group's classes, the current one marked; `target` the frame they open in. */
export function leftTable(bureau: SimBureau, group: OldsiteGroup, today: Day, current?: string, target = ''): string {
  const rows = oldsiteEntries(bureau, group, today)
    .map((e) => {
      const on = (e.section?.category ?? e.title) === current;
      const link = `<a href="${e.href}"${target ? ` target="${target}"` : ''}>${on ? `<font color="#CC0000">${e.title}</font>` : e.title}</a>`;
      return `<tr><td height="28" background="/images/left_bg.gif">&nbsp;&nbsp;<img src="/images/arrow.gif" width="9" height="9">&nbsp;${link}</td></tr>`;
    })
    .join('');
  return `<table width="200" border="0" cellpadding="0" cellspacing="0" class="left"><tr><td height="35" align="center" background="/images/left_top.gif"><font color="#FFFFFF"><b>${group.name}</b></font></td></tr>${rows}<tr><td><img src="/images/left_bottom.gif" width="200" height="12"></td></tr></table>`;
}

/** 您现在的位置：首页 >> 土地市场 >> 土地挂牌公告. */
export function position(bureau: SimBureau, trail: [string, string][]): string {
  const sep = ['&gt;&gt;', '&raquo;', '→'][oldsiteVariant(bureau, 'sep', 3)];
  const links = [['首页', '/'], ...trail].map(([t, h]) => `<a href="${h}">${t}</a>`).join(` ${sep} `);
  return `<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="30" class="position"><img src="/images/icon_home.gif" align="absmiddle">&nbsp;您现在的位置：${links}</td></tr></table>`;
}

/** A column's trail: its group (unless the column is alone on the menu), then the column. */
export function columnTrail(bureau: SimBureau, today: Day, key: string, title: string, href: string) {
  const group = oldsiteGroupOf(bureau.id, key);
  const own: [string, string] = [title, href];
  return group && !group.leaf ? [[group.name, oldsiteGroupHref(bureau, group, today)] as [string, string], own] : [own];
}

/** A watched column's page chrome: its 位置 line and its group's left table. */
export function oldsiteLeftMenu(bureau: SimBureau, today: Day, current?: SimSection): string {
  if (!current) return '';
  const group = oldsiteGroupOf(bureau.id, current.category);
  const title = columnTitle(bureau, current.category);
  const trail = columnTrail(bureau, today, current.category, title, sectionPath(bureau, current, today));
  return `${position(bureau, trail)}${group ? leftTable(bureau, group, today, current.category) : ''}`;
}

/** The old foot under the chrome's: the menu as text where it is in images only, 版权所有, 地址, ICP, 技术支持. */
export function oldsiteFooter(bureau: SimBureau, today: Day): string {
  const h = fnv1a(`foot18:${bureau.id}`);
  const nav = menuInImagesOnly(bureau)
    ? `<table width="980" align="center"><tr><td align="center" class="foot_nav"><a href="/">网站首页</a>${oldsiteGroups(
        bureau,
      )
        .map((g) => ` | <a href="${oldsiteGroupHref(bureau, g, today)}">${g.name}</a>`)
        .join('')}</td></tr></table>`
    : '';
  const support = ['县信息中心', '网络科技有限公司', '县政府网络中心', '计算机服务部'][
    oldsiteVariant(bureau, 'jszc', 4)
  ];
  const since = 2005 + oldsiteVariant(bureau, 'since', 8);
  return `${nav}<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#E8F1FA"><tr><td height="90" align="center" style="line-height:22px"><font color="#333333">版权所有：${bureau.name}&nbsp;&nbsp;Copyright &copy; ${since}-${today.slice(0, 4)}<br>地址：人民路${1 + (h % 300)}号&nbsp;&nbsp;邮编：${100000 + (h % 800000)}&nbsp;&nbsp;电话：0${310 + (h % 600)}-${2000000 + (h % 7000000)}<br><a href="http://www.miibeian.gov.cn/" target="_blank">${bureau.province.slice(0, 1)}ICP备${String(5000000 + (h % 4000000)).padStart(8, '0')}号</a>&nbsp;&nbsp;技术支持：${support}&nbsp;&nbsp;建议使用IE6.0以上浏览器 1024×768分辨率</font></td></tr></table>`;
}
