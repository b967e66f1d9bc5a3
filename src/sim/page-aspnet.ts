import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import { ASPNET_GROUPS, type AspnetGroup, aspnetDialect, aspnetGroupOf, aspnetTypeId } from './aspnet-groups.js';
import { type SimBureau, type SimItem, type SimSection, sectionPath, visibleItems } from './model.js';
import { type BlockStyle, columnBlock, groupBlock, sectionOf } from './numbered-home-blocks.js';
import {
  numberedArticleHref,
  numberedEntries,
  numberedGroupHref,
  numberedList,
  numberedSite,
} from './numbered-site.js';

/**
 * The fifteenth navigation template, the HOLDOUT, written before discovery was run on it and never tuned
 * on: an older city/county bureau site on ASP.NET WebForms in a 2008–2014 table layout. Under a header
 * image the main menu is a row of image buttons sliced from one design (`menu_03.gif`, `menu_05.gif`, …):
 * named by their `alt` on some sites, by a `title` on the link on others, by nothing but the file name on
 * the rest (those repeat the menu as a text footer nav). Each button opens a group's list page, whose left
 * table menu names the group's columns (on some sites as `onclick` jumps on `<td>` cells). The homepage
 * has `<td class="title">` blocks with a `more` image, a 通知公告 marquee and 便民服务 icons.
 */

export const aspnetVariant = (bureau: SimBureau, what: string, n: number) => fnv1a(`${what}15:${bureau.id}`) % n;

/** How the menu's image buttons are named: an `alt`, a `title` on the link, or only the image's file. */
export const menuNaming = (bureau: SimBureau) => (['alt', 'title', 'none'] as const)[aspnetVariant(bureau, 'alt', 3)];

/** The site's code as a numbered site: its columns' type numbers and `.aspx` addresses. */
export const ASPNET_SITE = numberedSite(ASPNET_GROUPS, aspnetTypeId, aspnetDialect);

/** A list address (a column's, a group's, a page of one) on `today`. */
export const aspnetList = (bureau: SimBureau, typeId: number, today: Day, pageNo = 1) =>
  numberedList(ASPNET_SITE, bureau, typeId, today, pageNo);

/** The header image and the image-button menu, closing the chrome's text menu after its 首页. */
export function aspnetNavigation(bureau: SimBureau, today: Day): string {
  const naming = menuNaming(bureau);
  const cells = ASPNET_GROUPS.map((g, i) => {
    const img = `menu_${String(2 * i + 3).padStart(2, '0')}.gif`;
    const swap = `onmouseout="MM_swapImgRestore()" onmouseover="MM_swapImage('Image${i + 3}','','/images/${img.replace('.gif', '_on.gif')}',1)"`;
    const title = naming === 'title' ? ` title="${g.name}"` : '';
    const alt = naming === 'alt' ? ` alt="${g.name}"` : '';
    return `<td><a href="${numberedGroupHref(ASPNET_SITE, bureau, g, today)}"${title} ${swap}><img src="/images/${img}" name="Image${i + 3}" width="112" height="38" border="0"${alt} id="Image${i + 3}"></a></td><td><img src="/images/menu_${String(2 * i + 4).padStart(2, '0')}.gif" width="2" height="38"></td>`;
  }).join('');
  return `</ul><table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top_banner.jpg" width="1002" height="150"></td></tr></table><table id="menu" width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/menu_01.gif" width="10" height="38"></td>${cells}</tr></table><ul class="nav2">`;
}

/** The left table menu of a column's group, the current column marked; on some sites `onclick` cells. */
export function aspnetLeftMenu(bureau: SimBureau, today: Day, current?: SimSection): string {
  const group = aspnetGroupOf(current?.category);
  return group ? leftTable(bureau, group, today, current) : '';
}

export function leftTable(bureau: SimBureau, group: AspnetGroup, today: Day, current?: SimSection): string {
  const cells = aspnetVariant(bureau, 'onclick', 2) === 0;
  const rows = numberedEntries(ASPNET_SITE, bureau, group, today)
    .map((e) => {
      const cls = e.section && e.section === current ? 'left_menu_on' : 'left_menu';
      return cells
        ? `<tr><td class="${cls}" height="30" style="cursor:pointer" onclick="window.location='${e.href}'" onmouseover="this.className='left_menu_on'" onmouseout="this.className='${cls}'"><img src="/images/arrow.gif" align="absmiddle"> ${e.title}</td></tr>`
        : `<tr><td class="${cls}" height="30"><img src="/images/arrow.gif" align="absmiddle"> <a href="${e.href}">${e.title}</a></td></tr>`;
    })
    .join('<tr><td height="1" bgcolor="#d6e4f1"></td></tr>');
  return `<table width="220" border="0" cellpadding="0" cellspacing="0" class="left_table"><tr><td class="left_title" background="/images/left_title_bg.gif" height="40">${group.name}</td></tr>${rows}</table>`;
}

/** Rows of a block: a dot, the title cut to fit the cell (the whole in `title`), the date in brackets. */
export function aspnetRows(bureau: SimBureau, section: SimSection, items: SimItem[], today: Day, width = 18): string {
  const cut = (t: string) => (t.length > width ? `${t.slice(0, width)}...` : t);
  return items
    .map(
      (i) =>
        `<tr><td width="12" height="26"><img src="/images/dot.gif" width="5" height="5"></td><td><a href="${numberedArticleHref(ASPNET_SITE, bureau, section, i, today)}" target="_blank" title="${i.title}">${cut(i.title)}</a></td><td width="60" class="date">[${i.date.slice(5)}]</td></tr>`,
    )
    .join('');
}

const MORE = (href: string) =>
  `<a href="${href}" target="_blank"><img src="/images/more.gif" width="41" height="11" border="0"></a>`;

/** A block: a `<td class="title">` heading, a `more` image and the newest items of its columns, merged. */
const blockStyle = (bureau: SimBureau, today: Day): BlockStyle => ({
  size: 8,
  rows: (s, items) => aspnetRows(bureau, s, items, today),
  frame: (heading, more, rows) =>
    `<table width="485" border="0" cellpadding="0" cellspacing="0" class="block"><tr><td class="title" background="/images/title_bg.gif" height="32">${heading}</td><td align="right">${MORE(more)}</td></tr><tr><td colspan="2"><table width="100%" border="0" cellspacing="0" cellpadding="0">${rows}</table></td></tr></table>`,
});

function marquee(bureau: SimBureau, today: Day): string {
  const s = sectionOf(bureau, 'notices');
  if (!s) return '';
  return `<table width="250" border="0" cellpadding="0" cellspacing="0" class="tzgg"><tr><td class="title">通知公告</td><td align="right">${MORE(sectionPath(bureau, s, today))}</td></tr><tr><td colspan="2"><marquee direction="up" scrollamount="2" scrolldelay="100" height="180" onmouseover="this.stop()" onmouseout="this.start()"><table width="100%">${aspnetRows(bureau, s, visibleItems(s, today, 6), today, 14)}</table></marquee></td></tr></table>`;
}

/** 便民服务 icons: some columns, a column nobody watches and outside services, named by image and caption. */
function services(bureau: SimBureau, today: Day): string {
  const icon = (href: string, img: string, caption: string) =>
    `<td align="center"><a href="${href}" target="_blank"><img src="/images/${img}" width="60" height="60" border="0"><br>${caption}</a></td>`;
  const column = (category: string, img: string, caption: string) => {
    const s = sectionOf(bureau, category);
    return s ? icon(sectionPath(bureau, s, today), img, caption) : '';
  };
  const forms = aspnetList(bureau, aspnetTypeId(bureau.id, '收费标准'), today);
  return `<table width="100%" border="0" cellpadding="0" cellspacing="0" class="bmfw"><tr><td class="title" colspan="5">便民服务</td></tr><tr>${column('service_guide', 'icon_bszn.gif', '办事指南')}${column('director_mailbox', 'icon_jzxx.gif', '局长信箱')}${icon(forms, 'icon_sfbz.gif', '收费标准')}${icon(`http://zwfw.${bureau.id}.gov.test/`, 'icon_wsbs.gif', '网上办事')}${icon('/Search.aspx', 'icon_cx.gif', '办件查询')}</tr></table>`;
}

/** The homepage's blocks (after the news the homepage always shows), in two table columns. */
export function aspnetHomepage(bureau: SimBureau, today: Day): string {
  const style = blockStyle(bureau, today);
  const left = [
    groupBlock(ASPNET_SITE, bureau, today, style, '土地管理', ['land_auction', 'land_transfer_result', 'supply_plan']),
    aspnetVariant(bureau, 'zcfg', 2) === 0 ? columnBlock(bureau, today, style, 'laws_policies') : '',
    aspnetVariant(bureau, 'zd', 2) === 0 ? columnBlock(bureau, today, style, 'expro_notice') : '',
  ].join('');
  const right = [
    groupBlock(ASPNET_SITE, bureau, today, style, '矿产管理', ['mining_rights']),
    aspnetVariant(bureau, 'bdc', 3) === 0 ? columnBlock(bureau, today, style, 'real_estate_reg') : '',
  ].join('');
  return `<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="250" valign="top">${marquee(bureau, today)}</td><td valign="top">${left}</td><td valign="top">${right}</td></tr></table>${services(bureau, today)}`;
}

/** What the site writes under the footer: the menu again as text where its buttons carry no `alt`. */
export function aspnetFooter(bureau: SimBureau, today: Day): string {
  const nav =
    menuNaming(bureau) === 'alt'
      ? ''
      : `<div class="foot_nav"><a href="/">网站首页</a>${ASPNET_GROUPS.map((g) => ` | <a href="${numberedGroupHref(ASPNET_SITE, bureau, g, today)}">${g.name}</a>`).join('')}</div>`;
  const company = ['市信息中心', '金盘网络科技有限公司', '创智软件', '县政府网络中心'][
    aspnetVariant(bureau, 'jszc', 4)
  ];
  return `${nav}<table width="1002" align="center"><tr><td class="copyright">技术支持：${company} &nbsp; 建议使用IE8.0以上浏览器 1024×768分辨率浏览</td></tr></table>`;
}
