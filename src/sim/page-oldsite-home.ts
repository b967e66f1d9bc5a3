import { fnv1a } from '../domain/hash.js';
import type { Day } from '../domain/types.js';
import { columnTitle, type SimBureau, type SimItem, type SimSection, sectionPath, visibleItems } from './model.js';
import { type BlockStyle, columnBlock, groupBlock, sectionOf } from './numbered-home-blocks.js';
import { numberedArticleHref } from './numbered-site.js';
import { leftTable, oldsiteFrames, oldsiteGroups, oldsiteSite, oldsiteVariant, rootHref } from './page-oldsite.js';

/**
 * The homepage of the eighteenth template (page-oldsite.ts), in three table columns: boxes headed by a
 * title cell on a `bt_bg.gif` background (a title image on some sites) with a `more>>` or 更多 link, rows
 * of `·` and a title cut to the box with the date as `[11-20]`, `(2026-11-20)` or `2026/11/20`; a
 * `<marquee>` of the newest notices; a 局长信箱 picture link; on some sites a left column of every class;
 * 友情链接 as a `<select>` or a table.
 */

const MORE = ['more&gt;&gt;', '<img src="images/more.gif" width="40" height="9" border="0">', '更多…', '&gt;&gt;更多'];

const articleHref = (bureau: SimBureau, s: SimSection, i: SimItem, today: Day) =>
  rootHref(bureau, numberedArticleHref(oldsiteSite(bureau, today), bureau, s, i, today));

/** A box row's date: `[11-20]`, `(2026-11-20)`, `2026/11/20` or `11-20`, per site. */
function boxDate(bureau: SimBureau, day: Day): string {
  const [y, m, d] = [day.slice(0, 4), day.slice(5, 7), day.slice(8, 10)];
  return [`[${m}-${d}]`, `(${day})`, `${y}/${m}/${d}`, `${m}-${d}`][oldsiteVariant(bureau, 'boxdate', 4)] as string;
}

function rows(bureau: SimBureau, s: SimSection, items: SimItem[], today: Day, width: number): string {
  return items
    .map(
      (i) =>
        `<tr><td height="22">·<a href="${articleHref(bureau, s, i, today)}" target="_blank" title="${i.title}">${i.title.length > width ? `${i.title.slice(0, width)}...` : i.title}</a></td><td width="80" align="right"><font color="#999999">${boxDate(bureau, i.date)}</font></td></tr>`,
    )
    .join('');
}

/** A box heading: text on a background image, or a title image (with or without `alt`). */
function heading(bureau: SimBureau, text: string): string {
  if (oldsiteVariant(bureau, 'btimg', 3) !== 0)
    return `&nbsp;<img src="images/bt_icon.gif" align="absmiddle">&nbsp;<b>${text}</b>`;
  const alt = oldsiteVariant(bureau, 'btalt', 2) === 0 ? ` alt="${text}"` : '';
  return `<img src="images/bt_${fnv1a(text).toString(36).slice(0, 4)}.gif" width="120" height="28"${alt}>`;
}

const boxStyle = (bureau: SimBureau, today: Day, width: number): BlockStyle => ({
  size: 6 + oldsiteVariant(bureau, 'boxn', 3),
  rows: (s, items) => rows(bureau, s, items, today, width),
  frame: (title, more, body) =>
    `<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="30" background="images/bt_bg.gif">${heading(bureau, title)}</td><td width="70" align="right" background="images/bt_bg.gif"><a href="${rootHref(bureau, more)}">${MORE[oldsiteVariant(bureau, 'more', MORE.length)]}</a>&nbsp;</td></tr><tr><td colspan="2" style="border:1px solid #C5D9EE;padding:4px"><table width="100%" border="0" cellspacing="0" cellpadding="0">${body}</table></td></tr></table><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="6"><img src="images/spacer.gif" width="1" height="6"></td></tr></table>`,
});

/** The notices scrolling up in a box, or the newest news along a line under the menu. */
function marquee(bureau: SimBureau, today: Day, s: SimSection | undefined, up: boolean): string {
  if (!s) return '';
  const items = visibleItems(s, today, 6)
    .map(
      (i) =>
        `·<a href="${articleHref(bureau, s, i, today)}" target="_blank">${i.title}</a>${up ? '<br>' : '&nbsp;&nbsp;&nbsp;&nbsp;'}`,
    )
    .join('');
  return up
    ? `<marquee direction="up" scrollamount="2" scrolldelay="80" height="160" onmouseover="this.stop()" onmouseout="this.start()">${items}</marquee>`
    : `<marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">${items}</marquee>`;
}

const FRIENDS: [string, string][] = [
  ['国土资源部', 'http://www.mlr.gov.cn/'],
  ['中国土地市场网', 'http://www.landchina.com/'],
  ['省国土资源厅', 'http://www.gtzyt.gov.test/'],
  ['市国土资源局', 'http://gtj.city.gov.test/'],
  ['县人民政府', 'http://www.county.gov.test/'],
];

function friends(bureau: SimBureau): string {
  if (oldsiteVariant(bureau, 'friends', 2) === 0) {
    const options = FRIENDS.map(([t, h]) => `<option value="${h}">${t}</option>`).join('');
    return `<select name="select" onchange="if(this.value!='')window.open(this.options[this.selectedIndex].value)"><option value="" selected>----友情链接----</option>${options}</select>`;
  }
  const cells = FRIENDS.map(([t, h]) => `<td align="center"><a href="${h}" target="_blank">${t}</a></td>`).join('');
  return `<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td width="90"><b>友情链接：</b></td>${cells}</tr></table>`;
}

/** The left column: every class by group (where no frame holds them), the 局长信箱 picture, 办事 boxes. */
function leftColumn(bureau: SimBureau, today: Day, narrow: BlockStyle): string {
  const classes =
    oldsiteFrames(bureau) !== 'left' && oldsiteVariant(bureau, 'leftnav', 2) === 0
      ? oldsiteGroups(bureau)
          .map((g) => leftTable(bureau, g, today))
          .join('')
      : '';
  const mail = sectionOf(bureau, 'director_mailbox');
  const mailLink = mail
    ? `<a href="${rootHref(bureau, sectionPath(bureau, mail, today))}"><img src="images/jzxx.gif" width="230" height="60" border="0"${oldsiteVariant(bureau, 'mailalt', 2) === 0 ? ' alt="局长信箱"' : ''}></a>`
    : '';
  return `${classes}${mailLink}${columnBlock(bureau, today, narrow, 'service_guide')}`;
}

/** The homepage's blocks after the news the homepage always shows. */
export function oldsiteHomepage(bureau: SimBureau, today: Day): string {
  const wide = boxStyle(bureau, today, 22);
  const narrow = boxStyle(bureau, today, 12);
  const site = oldsiteSite(bureau, today);
  const has = (name: string) => oldsiteGroups(bureau).some((g) => g.name === name);
  const center = [
    columnBlock(bureau, today, wide, 'work_news'),
    has('土地市场')
      ? groupBlock(site, bureau, today, wide, '土地市场', ['land_auction', 'land_transfer_result'])
      : columnBlock(bureau, today, wide, 'land_auction'),
    has('征地信息')
      ? groupBlock(site, bureau, today, wide, '征地信息', ['expro_notice', 'compensation_plan'])
      : columnBlock(bureau, today, wide, 'expro_notice'),
  ].join('');
  const notices = sectionOf(bureau, 'notices');
  const noticeBox = notices
    ? narrow.frame(
        oldsiteVariant(bureau, 'ggbt', 2) === 0 ? '通知公告' : columnTitle(bureau, 'notices'),
        sectionPath(bureau, notices, today),
        `<tr><td>${marquee(bureau, today, notices, true)}</td></tr>`,
      )
    : '';
  const right = [
    noticeBox,
    columnBlock(bureau, today, narrow, 'laws_policies'),
    has('公示公告')
      ? groupBlock(site, bureau, today, narrow, '公示公告', ['mining_rights', 'real_estate_reg'])
      : groupBlock(site, bureau, today, narrow, '矿产资源', ['mining_rights']),
  ].join('');
  const spacer = '<td width="8"><img src="images/spacer.gif" width="8" height="1"></td>';
  const news = sectionOf(bureau, 'work_news');
  const line = `<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="110" height="28" background="images/gg_bg.gif">&nbsp;<b>最新动态：</b></td><td>${marquee(bureau, today, news, false)}</td></tr></table>`;
  return `${line}<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="230" valign="top">${leftColumn(bureau, today, narrow)}</td>${spacer}<td width="484" valign="top">${center}</td>${spacer}<td valign="top">${right}</td></tr></table><table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="40">${friends(bureau)}</td></tr></table>`;
}
